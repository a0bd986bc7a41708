using System.Globalization;
using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// Runs one check on a thread of its own, with the console captured, and waits at most the time budget.
/// A check that does not return in time fails with "timed out after N s in LogisticLoss"; its thread is
/// left running, which is why the worker stops after a timeout and the grader starts a fresh one.
/// </summary>
public static class TimedCheck
{
    private const int StackSize = 4 * 1024 * 1024;

    /// <summary>Runs <paramref name="check"/> on a new instance of <paramref name="trackType"/> and returns its journal line.</summary>
    public static WorkerRecord Run(GradingCheck check, Type trackType, TimeSpan timeout, int outputCapacity)
    {
        CheckOutcome? outcome = null;
        BoundedTextWriter? console = null;
        var thread = new Thread(
            () =>
            {
                console = ConsoleCapture.Begin(outputCapacity);
                outcome = RunOnce(check, trackType);
            },
            StackSize)
        {
            IsBackground = true,
            Name = $"check {check.Id}",
        };

        var clock = System.Diagnostics.Stopwatch.StartNew();
        thread.Start();
        var returned = thread.Join(timeout);
        var output = console?.Captured ?? CapturedOutput.None;
        if (returned && outcome is not null)
        {
            var failure = outcome.Failure is null ? null : CheckFailure.From(outcome.Failure);
            if (check.IsHidden && failure is not null)
            {
                // A hidden check's inputs come from the hidden seed: tell the instructor how to replay them.
                failure = failure with { Message = failure.Message.Replace($"run with COURSE_SEED={CheckSeed.Base} to reproduce", $"grade with --seed {HiddenCheckSeed.Base} to reproduce", StringComparison.Ordinal) };
            }

            return WorkerRecord.For(check.Id, failure, output, outcome.Elapsed);
        }

        return WorkerRecord.For(check.Id, CheckFailure.From(TimedOut(check, timeout)), output, clock.Elapsed) with { EndsExercise = true };
    }

    /// <summary>The failure of a check that did not return within <paramref name="timeout"/>.</summary>
    public static ExerciseCheckException TimedOut(GradingCheck check, TimeSpan timeout)
    {
        var method = check.Exercise.Method;
        var seconds = Seconds(timeout);
        return new ExerciseCheckException(check.Exercise, check.Definition.Title, FailureKind.TimedOut,
            $"{method} to return within {seconds} s",
            $"timed out after {seconds} s in {method}",
            "Look for a loop that never ends: a while loop whose condition never becomes false, a for loop whose counter moves the wrong way "
            + "or is reset inside the loop, or a method that calls itself forever. Printing on every step of a long loop can also be this slow.");
    }

    /// <summary>"2", "0.5", "10": a time budget in seconds, as the messages print it.</summary>
    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static CheckOutcome RunOnce(GradingCheck check, Type trackType)
    {
        ICourseExercises track;
        try
        {
            track = (ICourseExercises)Activator.CreateInstance(trackType)!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            return new CheckOutcome(check.Definition, StudentCodeFailure.From(check.Exercise, check.Definition.Title, e.InnerException, seed: null), TimeSpan.Zero);
        }

        return CheckRunner.Run(check.Definition, track);
    }
}
