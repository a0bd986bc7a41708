namespace DecodingChoices.Optimization;

/// <summary>
/// The line search of gradient descent: try a step α, and halve it until it lowers f enough,
/// φ(α) ≤ φ(0) + c₁·α·φ′(0) with c₁ = 1e-4 (the Armijo condition). A NaN or infinite trial counts as too
/// far, so the step shrinks past it.
/// </summary>
internal static class BacktrackingLineSearch
{
    private const double SufficientDecrease = 1e-4;
    private const double ShrinkFactor = 0.5;

    /// <summary>Halvings before giving up: 2⁻⁶⁰ ≈ 1e-18 of the first step is below double precision.</summary>
    internal const int MaxEvaluations = 60;

    /// <summary>Searches from φ(0) = <paramref name="value0"/> with slope <paramref name="slope0"/> &lt; 0, first trying <paramref name="initialStep"/>.</summary>
    public static LineSearchResult Search(LineFunction line, double value0, double slope0, double initialStep)
    {
        var step = initialStep;
        for (var evaluations = 0; evaluations < MaxEvaluations && line.CanEvaluate; evaluations++)
        {
            var value = line.Evaluate(step, slot: 0, out _);
            if (value <= value0 + SufficientDecrease * step * slope0)
            {
                return new LineSearchResult(LineSearchOutcome.SufficientDecrease, step, value, Slot: 0);
            }

            step *= ShrinkFactor;
        }

        return LineSearchResult.Failure;
    }
}
