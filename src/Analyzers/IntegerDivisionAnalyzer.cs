using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DecodingChoices.Analyzers;

/// <summary>
/// COURSE001: integer division whose result is then used as a real number, such as <c>-(1 / n)</c> in the
/// loss or <c>correct / n</c> stored in a <c>double</c>.
/// </summary>
/// <remarks>
/// <para>
/// In C#, <c>int / int</c> is an <c>int</c>: the remainder is thrown away before anything converts the
/// result. The analyzer looks at every division of two whole numbers and follows its value outward through
/// unary signs and whole-number <c>+ − ×</c> until something turns it into a real number: an implicit
/// conversion (<c>double acc = correct / n;</c>, <c>-(1 / n) * sum</c>, a <c>double</c> return value or
/// argument), an explicit cast after the fact (<c>(double)(correct / n)</c>), or a compound assignment
/// into a real-valued variable (<c>loss += 1 / n</c>). Divisions that stay whole numbers, such as an index
/// <c>i / columns</c>, are left alone, and so are constant divisions with no remainder (<c>10 / 5</c>).
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class IntegerDivisionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.IntegerDivision];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var division = (IBinaryOperation)context.Operation;
        if (division.OperatorKind != BinaryOperatorKind.Divide
            || division.OperatorMethod is not null
            || !IsWholeNumber(division.Type)
            || division.Syntax is not BinaryExpressionSyntax syntax
            || !ExerciseCode.Contains(context.ContainingSymbol)
            || DividesExactly(division)
            || !UsedAsRealNumber(division))
        {
            return;
        }

        var exercise = ExerciseCode.ExerciseMethodOf(context.ContainingSymbol, context.Compilation);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.IntegerDivision,
            syntax.GetLocation(),
            ExerciseCode.Describe(exercise),
            syntax.ToString(),
            RealDivision(syntax)));
    }

    /// <summary>Follows the quotient outward until it becomes a real number (true) or is used as a whole number (false).</summary>
    private static bool UsedAsRealNumber(IOperation quotient)
    {
        var current = quotient;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation conversion:
                    if (IsReal(conversion.Type))
                    {
                        return true;
                    }

                    if (!IsWholeNumber(conversion.Type))
                    {
                        return false;
                    }

                    break;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary when IsWholeNumber(unary.Type):
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } binary
                    when IsWholeNumber(binary.Type):
                    break;
                case ICompoundAssignmentOperation compound when compound.Value == current:
                    return IsReal(compound.Target.Type);
                default:
                    return false;
            }

            current = parent;
        }

        return false;
    }

    /// <summary>A constant division with no remainder, such as <c>10 / 5</c>, loses nothing.</summary>
    private static bool DividesExactly(IBinaryOperation division)
    {
        if (division.LeftOperand.ConstantValue is not { HasValue: true, Value: { } left }
            || division.RightOperand.ConstantValue is not { HasValue: true, Value: { } right })
        {
            return false;
        }

        try
        {
            var divisor = Convert.ToDecimal(right, System.Globalization.CultureInfo.InvariantCulture);
            return divisor != 0 && Convert.ToDecimal(left, System.Globalization.CultureInfo.InvariantCulture) % divisor == 0;
        }
        catch (InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>The same division done in real numbers: <c>1.0 / n</c> for a literal, <c>(double)correct / n</c> otherwise.</summary>
    private static string RealDivision(BinaryExpressionSyntax division)
    {
        var left = division.Left.WithoutTrivia();
        var right = division.Right.WithoutTrivia().ToString();
        var sign = "";
        if (left is PrefixUnaryExpressionSyntax { OperatorToken.Text: "-", Operand: LiteralExpressionSyntax negated })
        {
            sign = "-";
            left = negated;
        }

        if (left is LiteralExpressionSyntax literal && literal.Token.Value is int or long && literal.Token.Text.IndexOfAny(['x', 'X', 'b', 'B', 'u', 'U', 'l', 'L']) < 0)
        {
            return $"{sign}{literal.Token.Text}.0 / {right}";
        }

        left = division.Left.WithoutTrivia();

        var simple = left is IdentifierNameSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax
            or InvocationExpressionSyntax or ParenthesizedExpressionSyntax or LiteralExpressionSyntax;
        return simple ? $"(double){left} / {right}" : $"(double)({left}) / {right}";
    }

    private static bool IsWholeNumber(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte
        or SpecialType.System_SByte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
        or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

    private static bool IsReal(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;
}
