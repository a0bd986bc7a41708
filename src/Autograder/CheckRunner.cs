using System.Diagnostics;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder;

/// <summary>Runs checks on a track in-process, outside xunit (for the course runner, grading and the autograder's own tests).</summary>
public static class CheckRunner
{
    /// <summary>Runs one check. A failure is returned, never thrown.</summary>
    public static CheckOutcome Run(CheckDefinition check, ICourseExercises track)
    {
        var clock = Stopwatch.StartNew();
        using var printed = StudentOutput.Capture();
        try
        {
            check.Invoke(track);
            return new CheckOutcome(check, null, clock.Elapsed);
        }
        catch (ExerciseCheckException failure)
        {
            return new CheckOutcome(check, failure, clock.Elapsed);
        }
        catch (Exception e)
        {
            // Exercise code is called through ExerciseChecks.Call, so this is an exception the check's own code let through:
            // a bug in the autograder, not in the student's code. Say so rather than blame the student.
            return new CheckOutcome(check, new ExerciseCheckException(check.Exercise, check.Title, FailureKind.Crashed,
                "the check to run to its end", $"the check itself threw {e.GetType().Name}: {e.Message}",
                "This is a fault in the autograder, not in your code: please report it to your instructor with this message.", inner: e), clock.Elapsed);
        }
    }

    /// <summary>Runs <paramref name="checks"/> (all checks by default) in order; the first stub met is "the next step".</summary>
    public static IReadOnlyList<CheckOutcome> RunAll(ICourseExercises track, IEnumerable<CheckDefinition>? checks = null)
    {
        StudentCodeFailure.BeginRun();
        return [.. (checks ?? CheckCatalog.All).Select(c => Run(c, track))];
    }
}
