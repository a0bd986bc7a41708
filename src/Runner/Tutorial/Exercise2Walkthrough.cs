using System.Diagnostics;
using DecodingChoices.Course;
using DecodingChoices.Data;
using DecodingChoices.Inference;
using DecodingChoices.Models;
using DecodingChoices.Randomness;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Progress;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Exercise 2 as the tutorial runs it: the library model's accuracy on the real choices, then the shuffle
/// test (2A) through the track, then, beyond the tutorial, the cross-validated permutation test.
/// </summary>
internal static class Exercise2Walkthrough
{
    /// <summary>
    /// How many shuffles the track computes per call, so the progress bar moves (five times for the tutorial's 1000).
    /// The reference track fits a call's shuffles 16 at a time per core and each call ends with lanes idling while its
    /// last fits finish, so fewer, larger calls are faster: at 50 per call the 2A step took 1.22 × one whole test.
    /// </summary>
    public const int ChunkSize = 200;

    /// <summary><c>model = LogisticRegression(); model.fit(X, y); model.score(X, y)</c>, and the score on the test split.</summary>
    public static LibraryModelFit FitLibraryModel(SpikeDataset train, SpikeDataset test, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var model = LibraryStep(() => new LogisticRegression().Fit(train.Spikes, train.Choices, cancellationToken));
        return new LibraryModelFit(model.Score(train.Spikes, train.Choices), model.Score(test.Spikes, test.Choices), model.LastFit!, clock.Elapsed);
    }

    /// <summary>
    /// The shuffle test through <paramref name="track"/>'s <c>ShuffledAccuracies</c>, called in chunks of
    /// <see cref="ChunkSize"/> with one <see cref="SeededRandom"/>: drawing the shuffles in order from one
    /// stream makes the chunked calls give exactly what one call for all of them gives.
    /// </summary>
    /// <exception cref="ExerciseFailure">The track's code threw or returned something unusable.</exception>
    public static double[] ShuffledAccuracies(
        ICourseExercises track, SpikeDataset train, int shuffles, ulong seed, IProgressDisplay progress, CancellationToken cancellationToken = default)
    {
        var X = train.Spikes;
        var y = train.Choices;
        var original = (int[])y.Clone();
        var random = new SeededRandom(seed);
        var accuracies = new double[shuffles];
        return progress.Run("2A shuffle test", shuffles, report =>
        {
            for (var done = 0; done < shuffles;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(ChunkSize, shuffles - done);
                var chunk = ExerciseFailure.Guard(Exercise.ShuffleTest, () => track.ShuffledAccuracies(X, y, count, random));
                CheckChunk(chunk, count, done, y, original);
                chunk.CopyTo(accuracies, done);
                done += count;
                report(done);
            }

            return accuracies;
        });
    }

    /// <summary>
    /// scikit-learn's <c>permutation_test_score(LogisticRegression(), X, y, cv=StratifiedKFold(folds), n_permutations)</c>
    /// on the training split: test accuracy on held-out folds, for the real choices and for permuted ones.
    /// </summary>
    public static PermutationStep PermutationTest(
        SpikeDataset train, int permutations, int folds, ulong seed, IProgressDisplay progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var test = progress.Run("cross-validated permutation test", permutations, report => LibraryStep(() =>
            Inference.PermutationTest.Run(train.Spikes, train.Choices, folds, new ResamplingOptions
            {
                Count = permutations,
                Seed = seed,
                Progress = report,
                CancellationToken = cancellationToken,
            })));
        return new PermutationStep(test, train.TrialCount, clock.Elapsed);
    }

    private static void CheckChunk(double[] chunk, int count, int done, int[] y, int[] original)
    {
        if (chunk is null || chunk.Length != count)
        {
            throw ExerciseFailure.WrongResult(Exercise.ShuffleTest,
                $"returned {chunk?.Length.ToString() ?? "null"} accuracies when asked for {count} shuffles: return one accuracy per shuffle.");
        }

        for (var i = 0; i < count; i++)
        {
            if (!(chunk[i] >= 0 && chunk[i] <= 1))
            {
                throw ExerciseFailure.WrongResult(Exercise.ShuffleTest,
                    $"returned {chunk[i]} as the accuracy of shuffle {done + i}: an accuracy is a fraction of trials, between 0 and 1 (use model.Score).");
            }
        }

        if (!y.AsSpan().SequenceEqual(original))
        {
            throw ExerciseFailure.WrongResult(Exercise.ShuffleTest,
                "shuffled y itself: the real choices must stay as they are. Shuffle a copy: var yShuffled = (int[])y.Clone();");
        }
    }

    /// <summary>Runs a library call on the user's data; an argument the data cannot satisfy is bad input, told in one line.</summary>
    private static T LibraryStep<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (ArgumentException e)
        {
            throw new RunnerException($"the data cannot be used for this step: {ArgumentMessage.Of(e)}");
        }
    }
}
