using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// The generator's pipeline is cached step by step: an edit that does not touch a contract must leave every
/// named step (see <see cref="TrackingNames"/>) Cached or Unchanged and the source output Cached, while a
/// contract edit or a change of EmitShapeChecks must regenerate.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] AllSteps =
        [TrackingNames.Contracts, TrackingNames.SupportedContracts, TrackingNames.EmitShapeChecks, TrackingNames.ContractsWithSettings];

    [Fact]
    public void AddingAnUnrelatedFile_LeavesEveryStepCached()
    {
        var compilation = GeneratorHarness.Compile(TestContracts.Representative);
        var (driver, _, _) = GeneratorHarness.Run(compilation);

        var second = driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(TestContracts.Unrelated, GeneratorHarness.ParseOptions, path: "Unrelated.cs"))).GetRunResult().Results.Single();

        AssertSteps(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingAnUnrelatedMethodBodyInTheContractFile_RereadsTheContractButLeavesTheOutputCached()
    {
        var original = TestContracts.Representative + "\npublic static class Helper { public static int Value() => 1; }\n";
        var edited = original.Replace("=> 1;", "=> 2;", StringComparison.Ordinal);
        var compilation = GeneratorHarness.Compile(original);
        var (driver, _, _) = GeneratorHarness.Run(compilation);

        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, path: "Source0.cs"))).GetRunResult().Results.Single();

        Reasons(second, TrackingNames.Contracts).ShouldBe([IncrementalStepRunReason.Unchanged], "the re-read model must equal the old one");
        AssertSteps(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingAContract_RegeneratesTheSource()
    {
        var compilation = GeneratorHarness.Compile(TestContracts.Representative);
        var (driver, _, _) = GeneratorHarness.Run(compilation);
        var edited = TestContracts.Representative.Replace("[Shape(\"trials\")] int[] guess", "[Shape(\"*\")] int[] guess", StringComparison.Ordinal);

        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, path: "Source0.cs"))).GetRunResult().Results.Single();

        Reasons(second, TrackingNames.Contracts).ShouldBe([IncrementalStepRunReason.Modified]);
        AssertOutputs(second, IncrementalStepRunReason.Modified);
        GeneratorHarness.GeneratedText(second).ShouldNotContain("guess.Length != trials");
    }

    [Fact]
    public void TurningTheChecksOff_RegeneratesWithoutRereadingTheContract()
    {
        var compilation = GeneratorHarness.Compile(TestContracts.Representative);
        var (driver, _, _) = GeneratorHarness.Run(compilation);

        var second = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options("false")).RunGenerators(compilation).GetRunResult().Results.Single();

        Reasons(second, TrackingNames.Contracts).ShouldBe([IncrementalStepRunReason.Cached]);
        Reasons(second, TrackingNames.EmitShapeChecks).ShouldBe([IncrementalStepRunReason.Modified]);
        AssertOutputs(second, IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void StepOutputs_HoldNoSymbolSyntaxOrCompilation()
    {
        var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Representative));

        foreach (var step in AllSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                RoslynObjects.AssertNone(output.Value, $"{step} output");
            }
        }
    }

    private static void AssertSteps(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        foreach (var step in AllSteps)
        {
            Reasons(result, step).ShouldAllBe(reason => allowed.Contains(reason), $"step {step}");
        }
    }

    private static void AssertOutputs(GeneratorRunResult result, IncrementalStepRunReason expected)
    {
        var outputs = result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs).ToList();
        outputs.ShouldNotBeEmpty();
        outputs.ShouldAllBe(output => output.Reason == expected);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
    {
        result.TrackedSteps.ContainsKey(step).ShouldBeTrue($"no tracked step {step}");
        return [.. result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason)];
    }
}
