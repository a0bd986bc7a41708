using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DecodingChoices.Analyzers;

/// <summary>
/// COURSE002: an exercise method writes into an array parameter it was given: <c>z[i] = …</c> in Sigmoid,
/// <c>theta[j] += …</c>, <c>y[i]++</c>, shuffling or sorting <c>y</c> itself, or passing it as the
/// destination of a span-writing method (<c>TensorPrimitives.Sigmoid(z, z)</c>, <c>Array.Copy(a, z, n)</c>).
/// </summary>
/// <remarks>
/// <para>
/// A write counts when the array is the parameter itself or a local that was initialized with it
/// (<c>var copy = y;</c> copies the reference, not the choices: it is the same array). Writes into a new
/// array or a real copy (<c>(int[])y.Clone()</c>, <c>y.ToArray()</c>) are fine.
/// </para>
/// <para>
/// Recognised writes: assignment, compound assignment, <c>++</c>/<c>--</c> and <c>ref</c>/<c>out</c> on an
/// element; the array passed to <c>Shuffle</c> of <c>Random</c> or <c>SeededRandom</c>; to the
/// array-changing methods of <see cref="System.Array"/> (Sort, Reverse, Clear, Fill, and the destination of
/// Copy, ConstrainedCopy and CopyTo) and <c>Buffer.BlockCopy</c>; and the array turned into a writable
/// <c>Span&lt;T&gt;</c> argument (implicitly, or by <c>AsSpan()</c>).
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class InputArrayWriteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.InputArrayWrite];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeElement, OperationKind.ArrayElementReference);
        context.RegisterOperationAction(AnalyzeArgument, OperationKind.Argument);
    }

    /// <summary><c>z[i] = …</c>, <c>z[i] += …</c>, <c>z[i]++</c>, <c>ref z[i]</c>.</summary>
    private static void AnalyzeElement(OperationAnalysisContext context)
    {
        var element = (IArrayElementReferenceOperation)context.Operation;
        var written = element.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == element,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            _ => false,
        };
        if (written)
        {
            Report(context, element.ArrayReference, element.Syntax);
        }
    }

    /// <summary>The array handed to something that writes into it.</summary>
    private static void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter || argument.Parent is not IInvocationOperation invocation)
        {
            return;
        }

        if (IsWritableSpan(parameter.Type))
        {
            // An array becomes a Span<T> by an implicit conversion, or by AsSpan().
            var value = argument.Value;
            if (value is IConversionOperation { IsImplicit: true } conversion)
            {
                Report(context, conversion.Operand, argument.Syntax);
            }
            else if (value is IInvocationOperation { TargetMethod.Name: "AsSpan" } asSpan && asSpan.Arguments.Length > 0)
            {
                Report(context, asSpan.Instance ?? asSpan.Arguments[0].Value, argument.Syntax);
            }

            return;
        }

        if (parameter.Type is IArrayTypeSymbol or { SpecialType: SpecialType.System_Array } && WritesInto(invocation.TargetMethod, parameter))
        {
            Report(context, argument.Value, argument.Syntax);
        }
    }

    /// <summary>True when <paramref name="method"/> changes the array passed for <paramref name="parameter"/>.</summary>
    private static bool WritesInto(IMethodSymbol method, IParameterSymbol parameter)
    {
        var type = method.ContainingType?.ToDisplayString();
        return (type, method.Name) switch
        {
            ("System.Array", "Copy" or "ConstrainedCopy") => parameter.Name == "destinationArray",
            ("System.Array", "CopyTo") => parameter.Name == "array",
            ("System.Array", "Sort" or "Reverse" or "Clear" or "Fill" or "Resize") => true,
            ("System.Buffer", "BlockCopy") => parameter.Name == "dst",
            ("System.Random" or "DecodingChoices.Randomness.SeededRandom", "Shuffle") => true,
            _ => false,
        };
    }

    private static bool IsWritableSpan(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Span", Arity: 1 } span && span.ContainingNamespace?.ToDisplayString() == "System";

    private static void Report(OperationAnalysisContext context, IOperation arrayReference, SyntaxNode at)
    {
        var exercise = ExerciseCode.ExerciseMethodOf(context.ContainingSymbol, context.Compilation);
        if (exercise is null || InputOf(arrayReference, exercise) is not ({ } input, var alias))
        {
            return;
        }

        var what = alias is null
            ? $"the input '{input.Name}' ({Meaning(input.Name)})"
            : $"'{alias.Name}', which is the same array as the input '{input.Name}' ({Meaning(input.Name)}): assigning an array copies the reference, not the values";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InputArrayWrite,
            at.GetLocation(),
            ExerciseCode.Describe(exercise),
            what,
            input.Name,
            ArrayTypeName((IArrayTypeSymbol)input.Type)));
    }

    /// <summary>The exercise's array parameter that <paramref name="reference"/> is, directly or through a local initialized with it.</summary>
    private static (IParameterSymbol? Input, ILocalSymbol? Alias) InputOf(IOperation reference, IMethodSymbol exercise)
    {
        var value = Unwrap(reference);
        if (value is IParameterReferenceOperation parameter)
        {
            return (IsInputOf(parameter.Parameter, exercise) ? parameter.Parameter : null, null);
        }

        if (value is ILocalReferenceOperation { Local: var local, SemanticModel: { } model }
            && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            && model.SyntaxTree == initializer.SyntaxTree
            && model.GetOperation(initializer) is { } initial
            && Unwrap(initial) is IParameterReferenceOperation aliased
            && IsInputOf(aliased.Parameter, exercise))
        {
            return (aliased.Parameter, local);
        }

        return (null, null);
    }

    private static bool IsInputOf(IParameterSymbol parameter, IMethodSymbol exercise) =>
        parameter.Type is IArrayTypeSymbol && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, exercise);

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>"double[]", "double[,]": as a student writes the type (metadata would show double[*,*]).</summary>
    private static string ArrayTypeName(IArrayTypeSymbol array) =>
        $"{array.ElementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}[{new string(',', array.Rank - 1)}]";

    /// <summary>What each input of the exercises holds, in the tutorial's words.</summary>
    private static string Meaning(string parameter) => parameter switch
    {
        "theta" => "the weights θ, one per neuron",
        "thetaHat" => "the fitted weights θ̂, one per neuron",
        "X" => "the spike rates, one row per trial and one column per neuron",
        "y" => "the choices, one per trial",
        "z" => "the values σ is applied to",
        _ => "an array the caller passed in",
    };
}
