namespace DecodingChoices.Optimization;

/// <summary>The step a line search chose.</summary>
/// <param name="Outcome">Whether a step was accepted, and which conditions it meets.</param>
/// <param name="Step">α, the accepted distance along the direction.</param>
/// <param name="Value">φ(α) = f at the accepted point.</param>
/// <param name="Slot">The workspace trial slot holding the accepted point and its gradient.</param>
/// <param name="KeptDecreasing">
/// True when the search stopped while f was still falling the further it stepped: a sign the objective
/// may be unbounded below.
/// </param>
internal readonly record struct LineSearchResult(LineSearchOutcome Outcome, double Step, double Value, int Slot, bool KeptDecreasing = false)
{
    public bool Accepted => Outcome != LineSearchOutcome.Failed;

    public static LineSearchResult Failure => new(LineSearchOutcome.Failed, 0, double.NaN, -1);
}
