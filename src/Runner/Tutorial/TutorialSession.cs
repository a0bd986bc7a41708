using System.Diagnostics;
using DecodingChoices.Course;
using DecodingChoices.Data;
using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Plots;
using DecodingChoices.Runner.Progress;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>A walkthrough run from the command line's options: the data, the run, and its plots.</summary>
/// <param name="Result">What the run computed, as far as it got.</param>
/// <param name="Plots">The plots written (none with <c>--no-plots</c>).</param>
/// <param name="PlotTime">How long drawing them took.</param>
internal sealed record TutorialSession(TutorialResult Result, IReadOnlyList<PlotFile> Plots, TimeSpan PlotTime)
{
    /// <summary>Loads the data named by the options (the bundled data by default) and runs the tutorial on <paramref name="code"/>.</summary>
    /// <exception cref="DatasetException">The data cannot be used.</exception>
    public static TutorialSession Run(
        TutorialSettings settings,
        TrackName track,
        ICourseExercises code,
        IProgressDisplay progress,
        Action<TutorialStage, TutorialResult>? onStage,
        CancellationToken cancellationToken)
    {
        settings.Check();
        var data = settings.Data is null ? BundledData.Load() : DatasetLoader.Load(settings.Data);
        DataRequirements.RequireForWalkthrough(data, settings.Folds, settings.Seed);
        var result = new TutorialRun(code, progress, onStage)
            .Run(data, new TutorialOptions(track, settings.Seed, settings.Shuffles, settings.Folds), cancellationToken);
        var clock = Stopwatch.StartNew();
        var plots = settings.NoPlots ? [] : TutorialPlots.Write(result, settings.Out);
        return new TutorialSession(result, plots, clock.Elapsed);
    }

    /// <summary>0 when the run got to the end; 3 when it stopped at an exercise not done; 4 when exercise code failed.</summary>
    public int ExitCode => Result.StoppedAt switch
    {
        null => ExitCodes.Success,
        { NotImplemented: true } => ExitCodes.ExerciseNotDone,
        _ => ExitCodes.ExerciseFailed,
    };
}
