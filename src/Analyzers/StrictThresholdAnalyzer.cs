using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DecodingChoices.Analyzers;

/// <summary>
/// COURSE005: in Exercise 1E, a comparison with 0.5 that predicts 0 when h is exactly 0.5: <c>h &gt; 0.5</c>
/// (ŷ = 1 only above), <c>h &lt;= 0.5</c> (ŷ = 0 at 0.5), and the same written the other way round
/// (<c>0.5 &lt; h</c>, <c>0.5 &gt;= h</c>).
/// </summary>
/// <remarks>
/// The tutorial's rule is ŷ = 1 when h ≥ 0.5. The difference matters exactly when h = 0.5, which is every
/// trial when θ = 0. The analyzer only looks at comparisons of a real number with the constant 0.5 (a
/// literal or a named constant) inside <c>EvaluateAccuracy</c>, including its lambdas (LINQ) and local functions.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class StrictThresholdAnalyzer : DiagnosticAnalyzer
{
    private const string Exercise = "EvaluateAccuracy";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.StrictThreshold];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Binary);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var comparison = (IBinaryOperation)context.Operation;
        if (comparison.Syntax is not BinaryExpressionSyntax syntax || Fix(comparison) is not { } fixedOperator)
        {
            return;
        }

        var exercise = ExerciseCode.ExerciseMethodOf(context.ContainingSymbol, context.Compilation);
        if (exercise?.Name != Exercise)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.StrictThreshold,
            syntax.GetLocation(),
            syntax.ToString(),
            $"{syntax.Left.WithoutTrivia()} {fixedOperator} {syntax.Right.WithoutTrivia()}"));
    }

    /// <summary>The operator that includes h = 0.5 in ŷ = 1, or null when the comparison is already right (or not with 0.5).</summary>
    private static string? Fix(IBinaryOperation comparison)
    {
        var halfOnRight = IsHalf(comparison.RightOperand) && IsVariableReal(comparison.LeftOperand);
        var halfOnLeft = IsHalf(comparison.LeftOperand) && IsVariableReal(comparison.RightOperand);
        return comparison.OperatorKind switch
        {
            BinaryOperatorKind.GreaterThan when halfOnRight => ">=",
            BinaryOperatorKind.LessThanOrEqual when halfOnRight => "<",
            BinaryOperatorKind.LessThan when halfOnLeft => "<=",
            BinaryOperatorKind.GreaterThanOrEqual when halfOnLeft => ">",
            _ => null,
        };
    }

    private static bool IsHalf(IOperation operand) =>
        operand.ConstantValue is { HasValue: true, Value: double or float or decimal } constant
        && Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture) == 0.5;

    private static bool IsVariableReal(IOperation operand) =>
        !operand.ConstantValue.HasValue && operand.Type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;
}
