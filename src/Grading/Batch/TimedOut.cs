using System.Globalization;
using DecodingChoices.Autograder;

namespace DecodingChoices.Grading.Batch;

/// <summary>The failure of a check whose student call did not return within the check's time budget.</summary>
internal static class TimedOut
{
    /// <summary>"timed out after 2 s in LogisticLoss", with a hint about endless loops.</summary>
    public static ExerciseCheckException Failure(GradingCheck check, TimeSpan timeout)
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
}
