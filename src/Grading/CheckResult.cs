namespace DecodingChoices.Grading;

/// <summary>The result of one check on one submission.</summary>
/// <param name="Check">The check.</param>
/// <param name="Failure">Why it failed, or null when it passed.</param>
/// <param name="Output">What the student's code printed while it ran.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="NotRunReason">Why the check was not run at all (the submission did not compile, an earlier check of its exercise timed out), or null.</param>
public sealed record CheckResult(GradingCheck Check, CheckFailure? Failure, CapturedOutput Output, TimeSpan Elapsed, string? NotRunReason = null)
{
    public bool Passed => Failure is null;

    /// <summary>The points earned: all of the check's points when it passed, none otherwise.</summary>
    public int Score => Passed ? Check.Points : 0;
}
