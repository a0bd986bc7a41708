using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Inference;

/// <summary>
/// The tutorial's Exercise 2A, done fast: fit the model to the real choices and to many shuffles of them,
/// and compare training accuracies. Every fit shares one prepared design (see <see cref="LogisticDesign"/>),
/// shuffles run on all cores, and shuffle i draws its permutation from its own seed, so the result is the
/// same bit for bit whatever the number of threads.
/// </summary>
internal static class ShuffleTest
{
    /// <summary>Runs the test on trials <paramref name="X"/> and choices <paramref name="y"/>.</summary>
    /// <exception cref="OperationCanceledException">The options' token was cancelled.</exception>
    public static ShuffleTestResult Run(double[,] X, int[] y, ResamplingOptions? options = null)
    {
        options ??= new ResamplingOptions();
        options.Validate();
        LogisticInputs.Validate(X, y, options.Model.Penalty == Penalty.None, options.Model.FitIntercept);
        var design = LogisticDesign.Prepare(X);
        var fitIntercept = options.Model.FitIntercept;

        var real = ModelSettings.Fitter(options.Model, design, options.CancellationToken);
        var (parameters, report) = real.Fit(y);
        var trueAccuracy = ModelSettings.Accuracy(design, parameters, fitIntercept, y, new double[design.Rows]);
        var notConverged = report.Converged ? 0 : 1;

        var accuracies = new double[options.Count];
        var finished = 0;
        Parallel.For(
            0,
            options.Count,
            options.ParallelOptions,
            () => new Worker(ModelSettings.Fitter(options.Model, design, options.CancellationToken), y.Length),
            (shuffle, _, worker) =>
            {
                y.CopyTo(worker.Labels, 0);
                new SeededRandom(SeededRandom.Derive(options.Seed, shuffle)).Shuffle(worker.Labels.AsSpan());
                var (fitted, fitReport) = worker.Fitter.Fit(worker.Labels);
                accuracies[shuffle] = ModelSettings.Accuracy(design, fitted, fitIntercept, worker.Labels, worker.Logits);
                worker.NotConverged += fitReport.Converged ? 0 : 1;
                options.Progress?.Invoke(Interlocked.Increment(ref finished));
                return worker;
            },
            worker => Interlocked.Add(ref notConverged, worker.NotConverged));

        return new ShuffleTestResult(trueAccuracy, accuracies, notConverged, options.Seed);
    }

    private sealed class Worker(LogisticFitter fitter, int trials)
    {
        public LogisticFitter Fitter { get; } = fitter;

        public int[] Labels { get; } = new int[trials];

        public double[] Logits { get; } = new double[trials];

        public int NotConverged { get; set; }
    }
}
