using System.Buffers;
using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Inference;

/// <summary>
/// The tutorial's Exercise 2A, done fast: fit the model to the real choices and to many shuffles of them,
/// and compare training accuracies. Every fit shares one prepared design (see <see cref="LogisticDesign"/>),
/// shuffles run on all cores, and shuffle i draws its permutation from its own seed, so the result is the
/// same bit for bit whatever the number of threads.
/// </summary>
/// <remarks>
/// This is the course's one implementation of the shuffle test's fits: the reference track's
/// <c>ShuffledAccuracies</c> (which the runner's walkthrough calls in chunks) goes through
/// <see cref="Accuracies"/>, with shuffles drawn in order from the caller's stream instead of one seed each.
/// </remarks>
internal static class ShuffleTest
{
    /// <summary>Runs the test on trials <paramref name="X"/> and choices <paramref name="y"/>.</summary>
    /// <exception cref="OperationCanceledException">The options' token was cancelled.</exception>
    public static ShuffleTestResult Run(double[,] X, int[] y, ResamplingOptions? options = null)
    {
        options ??= new ResamplingOptions();
        options.Validate();
        LogisticInputs.Validate(X, y, options.Model.Penalty == Penalty.None, options.Model.FitIntercept);
        var design = ModelSettings.SharedDesign(X);
        var fitIntercept = options.Model.FitIntercept;

        var real = ModelSettings.Fitter(options.Model, design, options.CancellationToken);
        var (parameters, report) = real.Fit(y);
        var trueAccuracy = ModelSettings.Accuracy(design, parameters, fitIntercept, y, new double[design.Rows]);

        var seed = options.Seed;
        var (accuracies, notConverged) = TrainingAccuracies(design, options.Count, options, (shuffle, labels) =>
        {
            y.CopyTo(labels);
            new SeededRandom(SeededRandom.Derive(seed, shuffle)).Shuffle(labels);
        });

        return new ShuffleTestResult(trueAccuracy, accuracies, notConverged + (report.Converged ? 0 : 1), options.Seed);
    }

    /// <summary>
    /// The training accuracy of the model fitted to each of <paramref name="shuffles"/> (label vectors for the
    /// trials of <paramref name="X"/>), in order: Exercise 2A when the caller draws the shuffles itself.
    /// </summary>
    /// <exception cref="ArgumentException">X or a label vector cannot be fitted; the message says why.</exception>
    internal static double[] Accuracies(double[,] X, IReadOnlyList<int[]> shuffles, ResamplingOptions options)
    {
        ArgumentNullException.ThrowIfNull(shuffles);
        options.Validate();
        if (shuffles.Count == 0)
        {
            return [];
        }

        LogisticInputs.Validate(X, shuffles[0], options.Model.Penalty == Penalty.None, options.Model.FitIntercept);
        foreach (var labels in shuffles)
        {
            LogisticInputs.ValidateLabels(labels, X.GetLength(0));
        }

        var design = ModelSettings.SharedDesign(X);
        return TrainingAccuracies(design, shuffles.Count, options, (index, labels) => shuffles[index].CopyTo(labels)).Accuracies;
    }

    /// <summary>Writes label vector number <c>index</c> into <c>labels</c> (it must depend on the index alone, not on the thread).</summary>
    internal delegate void LabelSource(int index, Span<int> labels);

    /// <summary>
    /// Fits <paramref name="count"/> label vectors on one shared design, 16 at a time on each core (see
    /// <see cref="BatchedLogisticFits"/>), and returns each fit's training accuracy and how many fits did not converge.
    /// </summary>
    private static (double[] Accuracies, int NotConverged) TrainingAccuracies(LogisticDesign design, int count, ResamplingOptions options, LabelSource labelsOf)
    {
        var fitIntercept = options.Model.FitIntercept;
        var accuracies = new double[count];
        var notConverged = 0;
        var finished = 0;
        new BatchedLogisticFits(design, options.Model).Run(
            count,
            (index, labels, trials) =>
            {
                labelsOf(index, labels);
                for (var i = 0; i < trials.Length; i++)
                {
                    trials[i] = i;
                }

                return trials.Length;
            },
            (index, parameters, labels, in outcome) =>
            {
                var logits = ArrayPool<double>.Shared.Rent(design.Rows);
                accuracies[index] = ModelSettings.Accuracy(design, parameters, fitIntercept, labels, logits.AsSpan(0, design.Rows));
                ArrayPool<double>.Shared.Return(logits);
                if (!outcome.Converged)
                {
                    Interlocked.Increment(ref notConverged);
                }

                options.Progress?.Invoke(Interlocked.Increment(ref finished));
            },
            options.ParallelOptions.MaxDegreeOfParallelism,
            options.CancellationToken);
        return (accuracies, notConverged);
    }
}
