using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DecodingChoices.Analyzers;

/// <summary>
/// COURSE003: inside Exercise 2A, a random generator other than the <c>random</c> parameter:
/// <c>new Random(…)</c> (or any type derived from <see cref="System.Random"/>), <c>new SeededRandom(…)</c>,
/// <c>Random.Shared</c>, or the static members of <c>RandomNumberGenerator</c>.
/// </summary>
/// <remarks>
/// The caller decides the seed by passing <c>random</c>; a generator made inside the method ignores it, so
/// two runs with the same seed give different shuffles and the test cannot be repeated. Lambdas and local
/// functions inside <c>ShuffledAccuracies</c> count as part of it (a <c>Parallel.For</c> body, say).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NewRandomGeneratorAnalyzer : DiagnosticAnalyzer
{
    private const string Exercise = "ShuffledAccuracies";
    private const string SeededRandomName = "DecodingChoices.Randomness.SeededRandom";
    private const string CryptographicGeneratorName = "System.Security.Cryptography.RandomNumberGenerator";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.NewRandomGenerator];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var generators = new Generators(
                start.Compilation.GetTypeByMetadataName("System.Random"),
                start.Compilation.GetTypeByMetadataName(SeededRandomName),
                start.Compilation.GetTypeByMetadataName(CryptographicGeneratorName));
            start.RegisterOperationAction(
                operation => Analyze(operation, generators),
                OperationKind.ObjectCreation, OperationKind.PropertyReference, OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, Generators generators)
    {
        var other = context.Operation switch
        {
            IObjectCreationOperation creation => generators.IsGenerator(creation.Type),
            IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Shared" } property } => generators.IsGenerator(property.ContainingType),
            IInvocationOperation { TargetMethod.IsStatic: true } invocation => generators.IsCryptographic(invocation.TargetMethod.ContainingType),
            _ => false,
        };
        if (!other || ExerciseCode.ExerciseMethodOf(context.ContainingSymbol, context.Compilation)?.Name != Exercise)
        {
            return;
        }

        // For RandomNumberGenerator.Shuffle(copy), point at the method, not at the whole call.
        var syntax = context.Operation.Syntax is InvocationExpressionSyntax invocationSyntax ? invocationSyntax.Expression : context.Operation.Syntax;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NewRandomGenerator, syntax.GetLocation(), syntax.ToString()));
    }

    /// <summary>The generator types this compilation knows (any may be missing).</summary>
    private sealed class Generators(INamedTypeSymbol? random, INamedTypeSymbol? seeded, INamedTypeSymbol? cryptographic)
    {
        public bool IsGenerator(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, random) || SymbolEqualityComparer.Default.Equals(current, seeded))
                {
                    return true;
                }
            }

            return IsCryptographic(type);
        }

        public bool IsCryptographic(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, cryptographic))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
