using System.Text.Json;
using System.Text.Json.Serialization;

namespace DecodingChoices.Toolkit.Tests.Models;

/// <summary>scikit-learn's fits and cross-validation on the bundled data (Fixtures/logistic/make_logistic_fixtures.py).</summary>
public sealed class ScikitLearnFixtures
{
    private static readonly Lazy<ScikitLearnFixtures> LazyShared = new(() =>
        JsonSerializer.Deserialize<ScikitLearnFixtures>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "logistic", "logistic_fixtures.json")))!);

    public static ScikitLearnFixtures Shared => LazyShared.Value;

    [JsonPropertyName("data_md5")]
    public required string DataMd5 { get; init; }

    [JsonPropertyName("cases")]
    public required FitCase[] Cases { get; init; }

    [JsonPropertyName("default_fit")]
    public required DefaultFit Default { get; init; }

    [JsonPropertyName("cross_validation")]
    public required CrossValidation Cv { get; init; }

    public sealed class FitCase
    {
        [JsonPropertyName("name")] public required string Name { get; init; }
        [JsonPropertyName("C")] public required double C { get; init; }
        [JsonPropertyName("fit_intercept")] public required bool FitIntercept { get; init; }
        [JsonPropertyName("shape")] public required int[] Shape { get; init; }
        [JsonPropertyName("coef")] public required double[] Coef { get; init; }
        [JsonPropertyName("intercept")] public required double Intercept { get; init; }
        [JsonPropertyName("n_iter")] public required int Iterations { get; init; }
        [JsonPropertyName("score")] public required double Score { get; init; }
        [JsonPropertyName("proba_first")] public required double[] ProbabilityFirst { get; init; }
        [JsonPropertyName("sklearn_max_abs_gradient")] public required double SklearnMaxAbsGradient { get; init; }
        [JsonPropertyName("optimum_coef")] public required double[] OptimumCoef { get; init; }
        [JsonPropertyName("optimum_intercept")] public required double OptimumIntercept { get; init; }
        [JsonPropertyName("columns")] public int? Columns { get; init; }
        [JsonPropertyName("rows")] public int? Rows { get; init; }
        [JsonPropertyName("X")] public double[][]? X { get; init; }
        [JsonPropertyName("y")] public int[]? Y { get; init; }

        public override string ToString() => Name;
    }

    public sealed class DefaultFit
    {
        [JsonPropertyName("n_iter")] public required int Iterations { get; init; }
        [JsonPropertyName("score")] public required double Score { get; init; }
        [JsonPropertyName("coef")] public required double[] Coef { get; init; }
        [JsonPropertyName("intercept")] public required double Intercept { get; init; }
    }

    public sealed class CrossValidation
    {
        [JsonPropertyName("folds")] public required int[] Folds { get; init; }
        [JsonPropertyName("scores")] public required double[] Scores { get; init; }
        [JsonPropertyName("permutations")] public required int[][] Permutations { get; init; }
        [JsonPropertyName("permuted_scores")] public required double[][] PermutedScores { get; init; }
        [JsonPropertyName("permuted_folds")] public required int[][] PermutedFolds { get; init; }
    }
}
