using DecodingChoices.Autograder;
using DecodingChoices.Data;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// The child process that runs a compiled submission's checks (<c>course grade-one</c>). It journals
/// each check before and after it runs, gives each one its time budget, captures what the student's
/// code prints, and stops at the first timeout. Started again on the same journal, it resumes after the
/// last outcome; the checks left in an exercise whose check timed out or took the process down are then
/// recorded as not run, so one endless loop costs one time budget per exercise, not one per check.
/// </summary>
public static class GradingWorker
{
    /// <summary>Grades the submission in <paramref name="options"/>; returns one of <see cref="WorkerExitCodes"/>.</summary>
    /// <remarks>The caller should end the process with this code: a timed-out check's thread may still be running.</remarks>
    public static int Run(WorkerOptions options, GradingCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        catalog ??= GradingCatalog.Default;
        ConsoleCapture.Install();
        HiddenCheckSeed.Use(options.HiddenSeed);
        var journal = new WorkerJournal(options.JournalPath);

        Type trackType;
        try
        {
            trackType = SubmissionTrack.Load(options.AssemblyPath);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException)
        {
            journal.Append(new WorkerRecord { Event = WorkerRecord.Fatal, Message = $"The compiled submission {options.AssemblyPath} could not be loaded: {e.Message}" });
            return WorkerExitCodes.Fatal;
        }

        WarmUp();
        var earlier = journal.Read().Where(r => r.Event == WorkerRecord.Outcome).ToList();
        var finished = earlier.Select(r => r.Check!).ToHashSet(StringComparer.Ordinal);
        var stoppers = earlier.Where(r => r.EndsExercise).ToList();
        foreach (var check in catalog.Checks.Where(c => !finished.Contains(c.Id)))
        {
            if (stoppers.FirstOrDefault(r => catalog[r.Check!].Exercise == check.Exercise) is { } stopper)
            {
                journal.Append(NotRunAfter(check, stopper.Failure!));
                continue;
            }

            journal.Append(new WorkerRecord { Event = WorkerRecord.Started, Check = check.Id });
            var outcome = TimedCheck.Run(check, trackType, options.CheckTimeout, options.OutputCapacity);
            journal.Append(outcome);
            if (outcome.EndsExercise)
            {
                return WorkerExitCodes.StoppedAfterTimeout;
            }
        }

        journal.Append(new WorkerRecord { Event = WorkerRecord.Done });
        return WorkerExitCodes.Done;
    }

    /// <summary>
    /// Reads the bundled data and the fixtures before the first check, so a check's time budget is spent
    /// on the student's code, not on parsing a CSV. A file that cannot be read is left for the check to report.
    /// </summary>
    private static void WarmUp()
    {
        try
        {
            _ = ExerciseFixtures.Shared;
            _ = BundledData.Load();
        }
        catch (Exception e) when (e is DatasetException or IOException or InvalidOperationException)
        {
            // The checks that need the file fail with this same message.
        }
    }

    /// <summary>The outcome of a check skipped because an earlier check of its exercise failed with <paramref name="stopper"/>.</summary>
    public static WorkerRecord NotRunAfter(GradingCheck check, CheckFailure stopper)
    {
        var reason = $"not run: an earlier check of {check.Exercise.Label} stopped grading ({stopper.Actual}), so its remaining checks were skipped";
        var failure = new ExerciseCheckException(check.Exercise, check.Definition.Title, stopper.Kind,
            $"{check.Exercise.Method} to return a result", reason, $"Fix what stopped the earlier check, and these checks run again. {stopper.Hint}");
        return WorkerRecord.For(check.Id, CheckFailure.From(failure), CapturedOutput.None, TimeSpan.Zero, reason);
    }
}
