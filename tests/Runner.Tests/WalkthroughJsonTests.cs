using System.Text.Json;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>course --json</c>: one JSON document on standard output with the shapes, accuracies, convergence and timings.</summary>
public sealed class WalkthroughJsonTests
{
    [Fact]
    public void Prints_only_json_with_the_shapes_accuracies_convergence_and_timings()
    {
        var run = CourseRun.Of("--json", "--no-plots", "--shuffles", "10", "--folds", "4");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Console.ShouldBeEmpty("--json prints no human-readable text and no progress");
        using var document = JsonDocument.Parse(run.Json);
        var root = document.RootElement;
        root.GetProperty("command").GetString().ShouldBe("walkthrough");
        root.GetProperty("track").GetString().ShouldBe("solutions");
        root.GetProperty("exitCode").GetInt32().ShouldBe(0);

        var data = root.GetProperty("data");
        Ints(data.GetProperty("spikes")).ShouldBe([276, 691]);
        Ints(data.GetProperty("choices")).ShouldBe([276]);
        var split = data.GetProperty("split");
        Ints(split.GetProperty("trainSpikes")).ShouldBe([220, 691]);
        Ints(split.GetProperty("trainChoices")).ShouldBe([220]);
        Ints(split.GetProperty("testSpikes")).ShouldBe([56, 691]);

        var exercise1 = root.GetProperty("exercise1");
        exercise1.GetProperty("zeroThetaLoss").GetDouble().ShouldBe(Math.Log(2), 1e-12);
        var fit = exercise1.GetProperty("fit");
        fit.GetProperty("converged").GetBoolean().ShouldBeTrue();
        fit.GetProperty("lossHistory").GetArrayLength().ShouldBe(fit.GetProperty("iterations").GetInt32() + 1);
        exercise1.GetProperty("trainAccuracy").GetDouble().ShouldBe(1.0);

        var exercise2 = root.GetProperty("exercise2");
        exercise2.GetProperty("shuffles").GetInt32().ShouldBe(10);
        exercise2.GetProperty("shuffledAccuracies").GetArrayLength().ShouldBe(10);
        exercise2.GetProperty("trueModel").GetProperty("trainingAccuracy").GetDouble().ShouldBe(1.0);
        exercise2.GetProperty("pValue").GetDouble().ShouldBe(1.0, "every shuffle is fitted perfectly too");

        var permutation = root.GetProperty("permutationTest");
        permutation.GetProperty("folds").GetInt32().ShouldBe(4);
        permutation.GetProperty("permutations").GetInt32().ShouldBe(10);
        permutation.GetProperty("foldScores").GetArrayLength().ShouldBe(4);
        permutation.GetProperty("pValue").GetDouble().ShouldBe(1.0 / 11, 1e-12);

        root.GetProperty("plots").GetArrayLength().ShouldBe(0);
        root.GetProperty("interpretation").GetArrayLength().ShouldBe(3);
        var timings = root.GetProperty("timings");
        timings.GetProperty("total").GetDouble().ShouldBeGreaterThan(0);
        timings.GetProperty("shuffleTest").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_bad_file_gives_a_json_error_with_the_exit_code()
    {
        var run = CourseRun.Of("--json", "--data", "no/such/file.csv");

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.ToString());
        using var document = JsonDocument.Parse(run.Json);
        document.RootElement.GetProperty("error").GetString()!.ShouldContain("file.csv");
        document.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(ExitCodes.BadInput);
    }

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt32())];
}
