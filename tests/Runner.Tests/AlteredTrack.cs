using DecodingChoices.Course;
using DecodingChoices.Randomness;
using DecodingChoices.Runner.Tutorial;
using DecodingChoices.Solutions;

namespace DecodingChoices.Runner.Tests;

/// <summary>The reference track with some exercises replaced: a student's mistake, or code that throws.</summary>
internal sealed class AlteredTrack : ICourseExercises
{
    private readonly ReferenceExercises _reference = new();

    public Func<double[], double[]>? SigmoidOverride { get; init; }

    public Func<double[,], int[], int, SeededRandom, double[]>? ShuffledAccuraciesOverride { get; init; }

    /// <summary>A provider that gives this track for both track names.</summary>
    public TrackProvider AsProvider() => new(_ => this);

    public double[] TransformInputs(double[] theta, double[,] X) => _reference.TransformInputs(theta, X);

    public double[] Sigmoid(double[] z) => SigmoidOverride is { } sigmoid ? sigmoid(z) : _reference.Sigmoid(z);

    public double[] ComputeH(double[] theta, double[,] X) => Sigmoid(TransformInputs(theta, X));

    public double LogisticLoss(double[] theta, double[,] X, int[] y) => _reference.LogisticLoss(theta, X, y);

    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) => _reference.EvaluateAccuracy(thetaHat, X, y);

    public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random) =>
        ShuffledAccuraciesOverride is { } shuffled ? shuffled(X, y, shuffles, random) : _reference.ShuffledAccuracies(X, y, shuffles, random);
}
