using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading;

/// <summary>
/// The instructor's one-line account of a submission, for the gradebook's note column: the first compiler
/// error, what timed out or threw, how much it printed, which hidden checks failed.
/// </summary>
public static class SubmissionNotes
{
    /// <summary>The notes on <paramref name="result"/>, joined with "; " (empty when there is nothing to say).</summary>
    public static string For(SubmissionResult result) => string.Join("; ", Notes(result));

    /// <summary>"2 hidden checks failed for Exercise 1D", or null when none did.</summary>
    public static string? HiddenFailures(SubmissionResult result, Exercise exercise)
    {
        var failed = result.For(exercise).Count(c => c.Check.IsHidden && !c.Passed);
        return failed == 0 ? null : $"{failed} hidden check{(failed == 1 ? "" : "s")} failed for Exercise {exercise.Id}";
    }

    private static IEnumerable<string> Notes(SubmissionResult result)
    {
        if (result.GradingProblem is { } problem)
        {
            yield return problem;
        }

        var errors = result.CompilerMessages.Where(m => m.IsError).ToList();
        if (errors.Count > 0)
        {
            yield return errors[0] + (errors.Count > 1 ? $" (+{errors.Count - 1} more errors)" : "");
            if (result.DidNotCompile)
            {
                yield break;
            }
        }

        var ran = result.Checks.Where(c => c.NotRunReason is null && c.Failure is not null).ToList();
        foreach (var timeout in ran.Where(c => c.Failure!.Kind == FailureKind.TimedOut).Select(c => c.Failure!.Actual).Distinct())
        {
            yield return timeout;
        }

        var crashes = ran.Where(c => c.Failure!.Kind == FailureKind.Crashed)
            .GroupBy(c => c.Failure!.ThrownException ?? Before(c.Failure.Actual, ')') + ")", c => c.Check.Exercise.Id);
        foreach (var crash in crashes)
        {
            yield return $"{crash.Key} in {string.Join(", ", crash.Distinct())}";
        }

        if (result.Checks.Any(c => c.Output.IsTruncated))
        {
            yield return $"printed {result.PrintedCharacters:N0} characters to the console (the results keep the beginning)";
        }

        // Hidden checks that failed where every visible one passed: an edge case the student missed, or an answer fitted to the visible checks.
        foreach (var exercise in Exercise.All.Where(e => result.For(e).Where(c => !c.Check.IsHidden).All(c => c.Passed)))
        {
            if (HiddenFailures(result, exercise) is { } hidden)
            {
                yield return $"{hidden} (its visible checks all passed)";
            }
        }
    }

    private static string Before(string text, char separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? text : text[..at];
    }
}
