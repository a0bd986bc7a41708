using DecodingChoices.Autograder;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// What a student may be told about a failed check. For a visible check, everything: the autograder's
/// message (expected, actual, hint, seed). For a hidden check, only the kind of failure: never its
/// inputs, its expected value, nor what the code printed, which could echo the inputs.
/// </summary>
public static class FailureSummary
{
    /// <summary>The text a student sees for <paramref name="result"/>: empty for a visible check that passed.</summary>
    public static string ForStudent(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Check.IsHidden)
        {
            return result.Failure is { } hidden
                ? $"Failed: {HiddenKind(result.Check, hidden)}. This is a hidden check: its code and inputs are not shown."
                : "Passed. This is a hidden check: its code and inputs are not shown.";
        }

        return result.NotRunReason is { } reason
            ? $"Not run: {reason["not run: ".Length..]}."
            : result.Failure?.Message ?? "";
    }

    /// <summary>
    /// The failure of a hidden check without its details: "LogisticLoss returned a wrong value",
    /// "LogisticLoss threw IndexOutOfRangeException", "timed out after 2 s in LogisticLoss".
    /// </summary>
    public static string HiddenKind(GradingCheck check, CheckFailure failure)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(failure);
        var method = check.Exercise.Method;
        return failure.Kind switch
        {
            _ when failure.Actual.StartsWith("not run", StringComparison.Ordinal) => failure.Actual,
            FailureKind.TimedOut => failure.Actual,
            FailureKind.NotImplemented => $"{method} is not implemented yet",
            FailureKind.ShapeMismatch => $"{method} returned a result of the wrong shape",
            FailureKind.Crashed => failure.ThrownException is { } thrown ? $"{method} threw {thrown}" : $"{method} ended the grading process",
            _ => $"{method} returned a wrong value",
        };
    }
}
