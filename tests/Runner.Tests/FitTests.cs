using System.Text.Json;
using DecodingChoices.Data;
using DecodingChoices.Models;
using DecodingChoices.Runner.Fitting;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>course fit</c>: weights.csv holds the library model's weights and intercept, for CSV and numpy data alike.</summary>
public sealed class FitTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("small.csv", "1.0")]
    [InlineData("small.npz", "1.0")]
    [InlineData("small.npz", "0.5")]
    public void Writes_the_weights_of_the_library_model_fitted_on_all_trials(string file, string c)
    {
        var run = CourseRun.Of("fit", "--data", Fixtures.Path(file), "--c", c, "--out", _folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var data = DatasetLoader.Load(Fixtures.Path(file));
        var model = new LogisticRegression { C = double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) }.Fit(data.Spikes, data.Choices);
        var (weights, intercept) = WeightsFile.Read(_folder.File(WeightsFile.FileName));
        weights.ShouldBe(model.Coefficients, "written with round-trip precision");
        intercept.ShouldBe(model.Intercept);

        // And, independently, close to scikit-learn's full-precision fit (its default tol=1e-4 stops earlier).
        var (sklearnWeights, sklearnIntercept) = Fixtures.ScikitLearnFit(c);
        for (var j = 0; j < weights.Length; j++)
        {
            weights[j].ShouldBe(sklearnWeights[j], 2e-3, $"neuron {j}, C = {c}");
        }

        intercept.ShouldBe(sklearnIntercept, 2e-3);
        run.Console.ShouldContain("spikes (40, 6), choices (40,) (24 with choice 1)");
        run.Console.ShouldContain("6 weights and the intercept");
    }

    [Fact]
    public void The_file_has_a_header_one_line_per_neuron_and_the_intercept_last()
    {
        CourseRun.Of("fit", "--data", Fixtures.Path("small.csv"), "--out", _folder.Path).ExitCode.ShouldBe(0);

        var lines = File.ReadAllLines(_folder.File(WeightsFile.FileName));
        lines.Length.ShouldBe(1 + 6 + 1);
        lines[0].ShouldBe("neuron,weight");
        lines[1].ShouldStartWith("0,");
        lines[6].ShouldStartWith("5,");
        lines[7].ShouldStartWith("intercept,");
    }

    [Fact]
    public void Json_gives_the_shapes_convergence_accuracy_and_timing()
    {
        var run = CourseRun.Of("fit", "--data", Fixtures.Path("small.npz"), "--out", _folder.Path, "--json");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Console.ShouldBeEmpty();
        using var document = JsonDocument.Parse(run.Json);
        var root = document.RootElement;
        root.GetProperty("command").GetString().ShouldBe("fit");
        root.GetProperty("data").GetProperty("spikes").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([40, 6]);
        root.GetProperty("c").GetDouble().ShouldBe(1.0);
        root.GetProperty("converged").GetBoolean().ShouldBeTrue();
        root.GetProperty("trainingAccuracy").GetDouble().ShouldBeInRange(0.5, 1.0);
        root.GetProperty("weightsFile").GetString().ShouldBe(_folder.File(WeightsFile.FileName));
        root.GetProperty("seconds").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Data_with_one_choice_only_cannot_be_fitted_and_says_so()
    {
        var path = _folder.Write("one_choice.csv", "choice,neuron_0\n1,0.5\n1,0.7\n1,-0.2\n");

        var run = CourseRun.Of("fit", "--data", path, "--out", _folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.ToString());
        run.Errors.ShouldContain("one_choice.csv: every one of the 3 trials has choice 1: a model needs trials of both choices (0 and 1) to learn from");
        File.Exists(Path.Combine(_folder.Path, "weights.csv")).ShouldBeFalse();
    }

    public void Dispose() => _folder.Dispose();
}
