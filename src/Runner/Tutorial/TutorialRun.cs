using System.Diagnostics;
using DecodingChoices.Course;
using DecodingChoices.Data;
using DecodingChoices.Runner.Progress;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// The whole tutorial on one track, in the tutorial's order: the data and the split, Exercise 1 (1A–1E,
/// the fit from the loss alone), Exercise 2 (the library model, the shuffle test through the track) and the
/// cross-validated permutation test. Each step is reported to <paramref name="onStage"/> as soon as it is
/// done; exercise code that is not written yet or fails stops the run, and the result says where.
/// </summary>
/// <param name="track">The exercises' code, behind the shape checks.</param>
/// <param name="progress">Where the shuffle and permutation tests show their progress.</param>
/// <param name="onStage">Called after each step with the result so far (may be null).</param>
internal sealed class TutorialRun(ICourseExercises track, IProgressDisplay progress, Action<TutorialStage, TutorialResult>? onStage = null)
{
    public TutorialResult Run(SpikeDataset data, TutorialOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var (train, test) = TrainTestSplit.Create(data.TrialCount, options.Seed).Apply(data);
        var result = Report(TutorialStage.Data, new TutorialResult { Options = options, Data = data, Train = train, Test = test });
        var steps = new Exercise1Steps();
        try
        {
            result = Report(TutorialStage.Exercise1, result with { Exercise1 = Exercise1Walkthrough.Run(track, train, test, cancellationToken: cancellationToken, steps: steps) });

            var trueModel = Exercise2Walkthrough.FitLibraryModel(train, test, cancellationToken);
            result = Report(TutorialStage.TrueModel, result with { TrueModel = trueModel });

            var shuffleClock = Stopwatch.StartNew();
            var accuracies = Exercise2Walkthrough.ShuffledAccuracies(track, train, options.Shuffles, options.Seed, progress, cancellationToken);
            result = Report(TutorialStage.ShuffleTest, result with
            {
                Exercise2 = new Exercise2Result { TrueModel = trueModel, ShuffledAccuracies = accuracies, ShuffleSeed = options.Seed, ShuffleTime = shuffleClock.Elapsed },
            });

            var permutation = Exercise2Walkthrough.PermutationTest(train, options.Shuffles, options.Folds, options.Seed, progress, cancellationToken);
            result = Report(TutorialStage.PermutationTest, result with { Permutation = permutation });
        }
        catch (ExerciseFailure failure)
        {
            result = Report(TutorialStage.Stopped, result with { StoppedAt = failure, Exercise1Steps = result.Exercise1 is null && steps.Any ? steps : null });
        }

        return result with { Elapsed = clock.Elapsed };
    }

    private TutorialResult Report(TutorialStage stage, TutorialResult result)
    {
        onStage?.Invoke(stage, result);
        return result;
    }
}
