using System;
using DecodingChoices.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DecodingChoices.Generators;

/// <summary>
/// For every interface <c>IFoo</c> marked <c>[ShapeContract]</c>, emits <c>CheckedFoo</c>: a class that wraps
/// an <c>IFoo</c>, checks each call's arrays against the <c>[Shape]</c> contracts and explains a mismatch
/// (see docs/shape-contracts.md). With the MSBuild property <c>EmitShapeChecks=false</c> it emits a
/// pass-through <c>CheckedFoo</c> instead, so code that uses it still compiles.
/// </summary>
/// <remarks>
/// Pipeline: <c>ForAttributeWithMetadataName</c> reads each interface into an equatable
/// <see cref="ContractModel"/> (no symbols or syntax kept), paired with the property's value; the source
/// output writes text from the model alone. Diagnostics come from <see cref="ShapeContractAnalyzer"/>.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ShapeCheckGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property (made visible with CompilerVisibleProperty) that turns the checks off.</summary>
    public const string EmitShapeChecksProperty = "build_property.EmitShapeChecks";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var contracts = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ContractReader.ContractAttributeName,
                predicate: static (node, _) => node is InterfaceDeclarationSyntax,
                transform: static (attributed, cancellationToken) =>
                    attributed.TargetSymbol is INamedTypeSymbol contract ? ContractReader.Read(contract, cancellationToken).Model : null)
            .WithTrackingName(TrackingNames.Contracts)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.SupportedContracts);

        var emitShapeChecks = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ReadEmitShapeChecks(options.GlobalOptions))
            .WithTrackingName(TrackingNames.EmitShapeChecks);

        var work = contracts.Combine(emitShapeChecks).WithTrackingName(TrackingNames.ContractsWithSettings);

        context.RegisterSourceOutput(work, static (output, item) =>
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            var (contract, emit) = item;
            output.AddSource(CheckedClassWriter.HintName(contract), CheckedClassWriter.Write(contract, emit));
        });
    }

    /// <summary>True unless the property is set to <c>false</c> (any case).</summary>
    internal static bool ReadEmitShapeChecks(AnalyzerConfigOptions options) =>
        !options.TryGetValue(EmitShapeChecksProperty, out var value)
        || !string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}
