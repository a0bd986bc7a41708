using DecodingChoices.Generators.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// The catalog pipeline is cached step by step (see <see cref="CatalogTrackingNames"/>): editing C# leaves the
/// catalog and its output Cached; editing one manifest re-reads that manifest alone and regenerates the catalog.
/// </summary>
public sealed class CatalogIncrementalityTests
{
    private static readonly string[] AllSteps = [CatalogTrackingNames.Manifests, CatalogTrackingNames.ContractMethods, CatalogTrackingNames.Catalog];

    [Fact]
    public void EditingAnUnrelatedCSharpFile_LeavesTheCatalogCached()
    {
        var unrelated = "namespace Lab;\npublic static class Helper { public static int Value() => 1; }\n";
        var compilation = CatalogHarness.Compile(CatalogHarness.Contract, unrelated);
        var (driver, _, _) = CatalogHarness.Run(CatalogHarness.RealManifests(), compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(unrelated.Replace("=> 1;", "=> 2;", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Source1.cs"));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Reasons(second, CatalogTrackingNames.ContractMethods).ShouldBe([IncrementalStepRunReason.Unchanged], "the contract's names are re-read but equal");
        Reasons(second, CatalogTrackingNames.Manifests).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        Reasons(second, CatalogTrackingNames.Catalog).ShouldBe([IncrementalStepRunReason.Cached]);
        Outputs(second).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingOneManifest_RereadsItAloneAndRegeneratesTheCatalog()
    {
        var manifests = CatalogHarness.RealManifests();
        var (driver, _, first) = CatalogHarness.Run(manifests);
        var sigmoid = manifests.Single(manifest => manifest.Path.Contains("1B-Sigmoid", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(
            sigmoid.Path,
            sigmoid.GetText()!.ToString().Replace("The sigmoid σ(z)", "The logistic function σ(z)", StringComparison.Ordinal));

        var second = driver.ReplaceAdditionalText(sigmoid, edited).RunGenerators(CatalogHarness.Compile()).GetRunResult().Results.Single();

        var manifestReasons = Reasons(second, CatalogTrackingNames.Manifests);
        manifestReasons.Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        manifestReasons.Count(reason => reason == IncrementalStepRunReason.Cached).ShouldBe(manifests.Length - 1);
        Reasons(second, CatalogTrackingNames.Catalog).ShouldBe([IncrementalStepRunReason.Modified]);
        Outputs(second).ShouldAllBe(reason => reason == IncrementalStepRunReason.Modified);
        GeneratorHarness.GeneratedText(first).ShouldContain("\"The sigmoid σ(z)\"");
        GeneratorHarness.GeneratedText(second).ShouldContain("\"The logistic function σ(z)\"");
    }

    [Fact]
    public void RenamingAContractMethod_RechecksTheCatalog()
    {
        var (driver, _, _) = CatalogHarness.Run(CatalogHarness.RealManifests());
        var renamed = CatalogHarness.Contract.Replace("void Sigmoid();", "void Logistic();", StringComparison.Ordinal);

        var second = driver.RunGenerators(CatalogHarness.Compile(renamed)).GetRunResult().Results.Single();

        Reasons(second, CatalogTrackingNames.ContractMethods).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(second, CatalogTrackingNames.Catalog).ShouldBe([IncrementalStepRunReason.Modified]);
        second.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("COURSE105");
    }

    [Fact]
    public void StepOutputs_HoldNoSymbolSyntaxOrCompilation()
    {
        var (_, _, result) = CatalogHarness.Run(CatalogHarness.RealManifests());

        foreach (var step in AllSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                RoslynObjects.AssertNone(output.Value, $"{step} output");
            }
        }
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
    {
        result.TrackedSteps.ContainsKey(step).ShouldBeTrue($"no tracked step {step}");
        return [.. result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason)];
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result)
    {
        var outputs = result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        outputs.ShouldNotBeEmpty();
        return outputs;
    }
}
