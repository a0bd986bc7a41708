using System.Diagnostics;
using DecodingChoices.Course;
using DecodingChoices.Data;
using DecodingChoices.Optimization;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Exercise 1 as the tutorial runs it: θ = 0 through each step, then
/// <c>minimize(logistic_loss, theta, (X, y))</c> from the loss alone, then the accuracy of θ̂.
/// </summary>
internal static class Exercise1Walkthrough
{
    /// <summary>np.linspace(−10, 10): 50 points, as the tutorial's plot_function.</summary>
    public static double[] PlotGrid { get; } = [.. Enumerable.Range(0, 50).Select(i => -10 + 20.0 * i / 49)];

    /// <summary>Runs every step on <paramref name="train"/> and scores θ̂ on <paramref name="test"/>.</summary>
    /// <remarks><c>steps</c> is filled in as each step finishes, so a caller still has the finished ones when a later one throws.</remarks>
    /// <exception cref="ExerciseFailure">Exercise code threw; the walkthrough stops at that exercise.</exception>
    public static Exercise1Result Run(ICourseExercises track, SpikeDataset train, SpikeDataset test, Action<IterationProgress>? onIteration = null, CancellationToken cancellationToken = default, Exercise1Steps? steps = null)
    {
        steps ??= new Exercise1Steps();
        var X = train.Spikes;
        var y = train.Choices;
        var theta = new double[train.NeuronCount];

        var z = steps.ZeroThetaZ = ExerciseFailure.Guard(Exercise.TransformInputs, () => track.TransformInputs(theta, X));
        var sigma = ExerciseFailure.Guard(Exercise.Sigmoid, () => track.Sigmoid(PlotGrid));
        steps.SigmoidCurve = (PlotGrid, sigma);
        var h = steps.ZeroThetaH = ExerciseFailure.Guard(Exercise.ComputeH, () => track.ComputeH(theta, X));
        var loss = ExerciseFailure.Guard(Exercise.LogisticLoss, () => track.LogisticLoss(theta, X, y));
        steps.ZeroThetaLoss = loss;

        var clock = Stopwatch.StartNew();
        var fit = ExerciseFailure.Guard(Exercise.LogisticLoss, () => Minimizer.Minimize(
            t => track.LogisticLoss(t, X, y),
            theta,
            new MinimizeOptions { Callback = onIteration, CancellationToken = cancellationToken }));
        var fitTime = steps.FitTime = clock.Elapsed;
        steps.Fit = fit;

        var trainAccuracy = ExerciseFailure.Guard(Exercise.EvaluateAccuracy, () => track.EvaluateAccuracy(fit.X, X, y));
        var testAccuracy = ExerciseFailure.Guard(Exercise.EvaluateAccuracy, () => track.EvaluateAccuracy(fit.X, test.Spikes, test.Choices));
        return new Exercise1Result
        {
            ZeroThetaZ = z,
            SigmoidCurve = (PlotGrid, sigma),
            ZeroThetaH = h,
            ZeroThetaLoss = loss,
            Fit = fit,
            FitTime = fitTime,
            TrainAccuracy = trainAccuracy,
            TestAccuracy = testAccuracy,
        };
    }
}
