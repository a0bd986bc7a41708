using DecodingChoices.Course;
using DecodingChoices.Randomness;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// A track with one method replaced by a lambda (a misconception's wrong version) and the others correct.
/// The lambda receives the track itself, so a wrong 1C can call the correct 1A and 1B as a student's would.
/// </summary>
internal sealed class PlantedTrack : CorrectTrack, IFreshCopies
{
    /// <summary>Makes a new copy of this planted track, with its state (if any) empty.</summary>
    public Func<ICourseExercises>? Factory { get; set; }

    public ICourseExercises Fresh() => Factory?.Invoke() ?? this;

    public Func<ICourseExercises, double[], double[,], double[]>? TransformInputsAs { get; init; }

    public Func<ICourseExercises, double[], double[]>? SigmoidAs { get; init; }

    public Func<ICourseExercises, double[], double[,], double[]>? ComputeHAs { get; init; }

    public Func<ICourseExercises, double[], double[,], int[], double>? LogisticLossAs { get; init; }

    public Func<ICourseExercises, double[], double[,], int[], double>? EvaluateAccuracyAs { get; init; }

    public Func<ICourseExercises, double[,], int[], int, SeededRandom, double[]>? ShuffledAccuraciesAs { get; init; }

    public override double[] TransformInputs(double[] theta, double[,] X) =>
        TransformInputsAs is { } f ? f(this, theta, X) : base.TransformInputs(theta, X);

    public override double[] Sigmoid(double[] z) => SigmoidAs is { } f ? f(this, z) : base.Sigmoid(z);

    public override double[] ComputeH(double[] theta, double[,] X) => ComputeHAs is { } f ? f(this, theta, X) : base.ComputeH(theta, X);

    public override double LogisticLoss(double[] theta, double[,] X, int[] y) =>
        LogisticLossAs is { } f ? f(this, theta, X, y) : base.LogisticLoss(theta, X, y);

    public override double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) =>
        EvaluateAccuracyAs is { } f ? f(this, thetaHat, X, y) : base.EvaluateAccuracy(thetaHat, X, y);

    public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random) =>
        ShuffledAccuraciesAs is { } f ? f(this, X, y, shuffles, random) : base.ShuffledAccuracies(X, y, shuffles, random);
}
