using System.Text.Json;
using System.Text.Json.Serialization;

namespace DecodingChoices.Autograder;

/// <summary>
/// Reference values for Exercise 1, computed by numpy, scipy and scikit-learn
/// (<c>Fixtures/make_exercise_fixtures.py</c>; the JSON is embedded in this assembly).
/// </summary>
public sealed class ExerciseFixtures
{
    private static readonly Lazy<ExerciseFixtures> LazyShared = new(Load);

    /// <summary>The fixtures, read once.</summary>
    public static ExerciseFixtures Shared => LazyShared.Value;

    [JsonPropertyName("data_file")]
    public required string DataFile { get; init; }

    /// <summary>The md5 of the bundled CSV the bundled-data values were computed from.</summary>
    [JsonPropertyName("data_md5")]
    public required string DataMd5 { get; init; }

    [JsonPropertyName("sigmoid")]
    public required SigmoidCase Sigmoid { get; init; }

    /// <summary>A 6 × 4 case a student can follow by hand.</summary>
    [JsonPropertyName("small")]
    public required ModelCase Small { get; init; }

    /// <summary>|z| in the hundreds: probabilities round to exactly 0 and 1, with two confident mistakes.</summary>
    [JsonPropertyName("saturated")]
    public required ModelCase Saturated { get; init; }

    /// <summary>Some z exactly 0, where h = 0.5 must be predicted as 1.</summary>
    [JsonPropertyName("ties")]
    public required ModelCase Ties { get; init; }

    /// <summary>A model without intercept fitted by scikit-learn on all trials of the bundled data.</summary>
    [JsonPropertyName("bundled")]
    public required BundledCase Bundled { get; init; }

    private static ExerciseFixtures Load()
    {
        using var stream = typeof(ExerciseFixtures).Assembly.GetManifestResourceStream("DecodingChoices.Autograder.Fixtures.exercise1.json")
            ?? throw new InvalidOperationException("The embedded fixture exercise1.json is missing from the Autograder assembly.");
        return JsonSerializer.Deserialize<ExerciseFixtures>(stream)
            ?? throw new InvalidOperationException("The embedded fixture exercise1.json is empty.");
    }

    /// <summary>σ(z) from <c>scipy.special.expit</c>.</summary>
    public sealed class SigmoidCase
    {
        [JsonPropertyName("z")]
        public required double[] Z { get; init; }

        [JsonPropertyName("expected")]
        public required double[] Expected { get; init; }
    }

    /// <summary>Inputs and numpy's results for every step of Exercise 1.</summary>
    public sealed class ModelCase
    {
        [JsonPropertyName("X")]
        public required double[][] Rows { get; init; }

        [JsonPropertyName("theta")]
        public required double[] Theta { get; init; }

        [JsonPropertyName("y")]
        public required int[] Y { get; init; }

        [JsonPropertyName("z")]
        public required double[] Z { get; init; }

        [JsonPropertyName("h")]
        public required double[] H { get; init; }

        [JsonPropertyName("loss")]
        public required double Loss { get; init; }

        [JsonPropertyName("accuracy")]
        public required double Accuracy { get; init; }

        /// <summary>A fresh copy of X as a matrix.</summary>
        public double[,] X()
        {
            var matrix = new double[Rows.Length, Rows[0].Length];
            for (var i = 0; i < Rows.Length; i++)
            {
                for (var j = 0; j < Rows[i].Length; j++)
                {
                    matrix[i, j] = Rows[i][j];
                }
            }

            return matrix;
        }
    }

    /// <summary>scikit-learn's no-intercept fit on all trials of the bundled data, and what it implies.</summary>
    public sealed class BundledCase
    {
        [JsonPropertyName("theta")]
        public required double[] Theta { get; init; }

        [JsonPropertyName("z")]
        public required double[] Z { get; init; }

        [JsonPropertyName("loss")]
        public required double Loss { get; init; }

        [JsonPropertyName("accuracy")]
        public required double Accuracy { get; init; }

        [JsonPropertyName("sklearn_score")]
        public required double SklearnScore { get; init; }

        /// <summary>scikit-learn's 5-fold stratified cross-validated accuracy of a default LogisticRegression.</summary>
        [JsonPropertyName("cross_validated_accuracy")]
        public required double CrossValidatedAccuracy { get; init; }

        [JsonPropertyName("shape")]
        public required int[] Shape { get; init; }

        [JsonPropertyName("ones")]
        public required int Ones { get; init; }
    }
}
