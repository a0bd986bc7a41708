namespace DecodingChoices.Autograder;

/// <summary>The result of running one check on one track.</summary>
/// <param name="Check">The check.</param>
/// <param name="Failure">Why it failed, or null when it passed.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record CheckOutcome(CheckDefinition Check, ExerciseCheckException? Failure, TimeSpan Elapsed)
{
    public bool Passed => Failure is null;
}
