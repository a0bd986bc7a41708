using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DecodingChoices.Generators;

/// <summary>
/// Reports the problems in <c>[Shape]</c> contracts (the IDs in <see cref="DiagnosticDescriptors"/>) at the
/// attribute, or the entry inside it, that needs fixing. Kept apart from the generator so that reporting
/// never holds symbols or locations in the generator's cached pipeline.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShapeContractAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.MalformedEntry,
        DiagnosticDescriptors.RankMismatch,
        DiagnosticDescriptors.UnsupportedType,
        DiagnosticDescriptors.UnboundReturnDimension,
        DiagnosticDescriptors.UnknownDimension,
        DiagnosticDescriptors.NearDuplicateName,
        DiagnosticDescriptors.UnsupportedMember,
    ];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var marker = start.Compilation.GetTypeByMetadataName(ContractReader.ContractAttributeName);
            if (marker is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, marker), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol marker)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } contract
            || !contract.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, marker)))
        {
            return;
        }

        foreach (var problem in ContractReader.Read(contract, context.CancellationToken).Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, LocationOf(problem, context.CancellationToken), problem.Arguments));
        }
    }

    /// <summary>The entry's string inside the attribute, else the attribute, else the symbol.</summary>
    private static Location LocationOf(ContractProblem problem, CancellationToken cancellationToken)
    {
        if (problem.Attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax attribute)
        {
            return problem.Symbol.Locations.FirstOrDefault() ?? Location.None;
        }

        var positional = attribute.ArgumentList?.Arguments.Where(argument => argument.NameEquals is null && argument.NameColon is null).ToList();
        if (problem.EntryIndex < 0 || positional is null)
        {
            return attribute.GetLocation();
        }

        if (positional.Count == 1 && ElementsOf(positional[0].Expression) is { } elements)
        {
            return problem.EntryIndex < elements.Count ? elements[problem.EntryIndex].GetLocation() : attribute.GetLocation();
        }

        return problem.EntryIndex < positional.Count ? positional[problem.EntryIndex].GetLocation() : attribute.GetLocation();
    }

    /// <summary>The elements of <c>new[] { … }</c>, <c>new string[] { … }</c> or <c>[ … ]</c> passed for the entries.</summary>
    private static System.Collections.Generic.IReadOnlyList<SyntaxNode>? ElementsOf(ExpressionSyntax expression) => expression switch
    {
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements,
        _ => null,
    };
}
