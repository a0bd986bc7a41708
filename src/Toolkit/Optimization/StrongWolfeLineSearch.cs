namespace DecodingChoices.Optimization;

/// <summary>
/// Finds a step α along a descent direction that meets the strong Wolfe conditions (Nocedal &amp; Wright,
/// Algorithms 3.5 and 3.6):
/// <list type="bullet">
/// <item><description>sufficient decrease (Armijo): φ(α) ≤ φ(0) + c₁·α·φ′(0), with c₁ = 1e-4;</description></item>
/// <item><description>curvature: |φ′(α)| ≤ c₂·|φ′(0)|, with c₂ = 0.9.</description></item>
/// </list>
/// The bracketing phase doubles α until an interval is known to contain such a step; <c>zoom</c> then
/// shrinks the interval, trying the minimizer of the cubic through both ends' values and slopes, else of a
/// quadratic, else the midpoint (each kept away from the ends). The curvature condition guarantees
/// sᵀy &gt; 0, so L-BFGS's curvature model stays positive definite.
/// Near a minimum, where φ(α) − φ(0) drowns in rounding, a step may instead meet the approximate Wolfe
/// conditions of Hager &amp; Zhang (2005): φ(α) within rounding of φ(0) and a slope that shows the
/// decrease a quadratic would, φ′(α) ≤ (2c₁ − 1)·φ′(0). This lets a fit asked for full precision
/// (no relative-decrease rule) drive the gradient well below what values alone can resolve.
/// </summary>
internal static class StrongWolfeLineSearch
{
    internal const double SufficientDecrease = 1e-4;
    internal const double Curvature = 0.9;
    internal const double ExpansionFactor = 2;
    private const double CubicMargin = 0.2;
    private const double QuadraticMargin = 0.1;

    /// <summary>How close to φ(0), relative to |φ(0)|, a value counts as "within rounding".</summary>
    private const double RoundingTolerance = 1e-12;

    /// <summary>Trial points one search may use (bracketing and zoom together), as in LBFGS++.</summary>
    internal const int MaxEvaluations = 20;

    /// <summary>Searches from φ(0) = <paramref name="value0"/> with slope <paramref name="slope0"/> &lt; 0, first trying <paramref name="initialStep"/>.</summary>
    public static LineSearchResult Search(LineFunction line, double value0, double slope0, double initialStep)
    {
        var previous = new TrialPoint(0, value0, slope0, Slot: -1);
        var step = initialStep;
        var slot = 0;
        for (var evaluations = 1; ; evaluations++)
        {
            if (!line.CanEvaluate)
            {
                return Fallback(previous, keptDecreasing: false);
            }

            var value = line.Evaluate(step, slot, out var slope);
            var trial = new TrialPoint(step, value, slope, slot);
            if (!DecreasesEnough(value, slope, value0, slope0, step) || (evaluations > 1 && value >= previous.Value))
            {
                return Zoom(line, value0, slope0, low: previous, high: trial, evaluations);
            }

            if (Math.Abs(slope) <= -Curvature * slope0)
            {
                return new LineSearchResult(LineSearchOutcome.StrongWolfe, step, value, slot);
            }

            if (slope >= 0)
            {
                return Zoom(line, value0, slope0, low: trial, high: previous, evaluations);
            }

            if (evaluations >= MaxEvaluations)
            {
                // Every trial so far lowered f and the slope is still steep: accept the farthest one.
                return Fallback(trial, keptDecreasing: true);
            }

            previous = trial;
            slot = 1 - slot;
            step *= ExpansionFactor;
        }
    }

    /// <summary>
    /// Narrows [low, high] (in either order) until a strong Wolfe step is found. Invariants: <paramref name="low"/>
    /// has the lowest value among trials meeting sufficient decrease, and φ′(low)·(high − low) &lt; 0.
    /// </summary>
    private static LineSearchResult Zoom(LineFunction line, double value0, double slope0, TrialPoint low, TrialPoint high, int evaluations)
    {
        for (; evaluations < MaxEvaluations && line.CanEvaluate; evaluations++)
        {
            var width = Math.Abs(high.Step - low.Step);
            if (width <= FloatingPoint.MachineEpsilon * Math.Max(low.Step, high.Step))
            {
                break;
            }

            var step = Interpolate(low, high);
            var slot = low.Slot == 0 ? 1 : 0;
            var value = line.Evaluate(step, slot, out var slope);
            var trial = new TrialPoint(step, value, slope, slot);
            if (!DecreasesEnough(value, slope, value0, slope0, step) || value >= low.Value)
            {
                high = trial;
                continue;
            }

            if (Math.Abs(slope) <= -Curvature * slope0)
            {
                return new LineSearchResult(LineSearchOutcome.StrongWolfe, step, value, slot);
            }

            if (slope * (high.Step - low.Step) >= 0)
            {
                high = low;
            }

            low = trial;
        }

        return Fallback(low, keptDecreasing: false);
    }

    /// <summary>Sufficient decrease (Armijo), or its approximate form where values are lost in rounding.</summary>
    internal static bool DecreasesEnough(double value, double slope, double value0, double slope0, double step) =>
        value <= value0 + SufficientDecrease * step * slope0
        || (value <= value0 + RoundingTolerance * Math.Abs(value0) && slope <= (2 * SufficientDecrease - 1) * slope0);

    /// <summary>Accepts a point that meets sufficient decrease, if the search found one (α &gt; 0).</summary>
    internal static LineSearchResult Fallback(TrialPoint best, bool keptDecreasing) =>
        best.Step > 0
            ? new LineSearchResult(LineSearchOutcome.SufficientDecrease, best.Step, best.Value, best.Slot, keptDecreasing)
            : LineSearchResult.Failure;

    /// <summary>The next trial inside the bracket: cubic, else quadratic, else bisection (N&amp;W §3.5).</summary>
    internal static double Interpolate(TrialPoint low, TrialPoint high)
    {
        var left = Math.Min(low.Step, high.Step);
        var right = Math.Max(low.Step, high.Step);
        var width = right - left;
        var cubic = CubicMinimizer(low, high);
        if (cubic > left + CubicMargin * width && cubic < right - CubicMargin * width)
        {
            return cubic;
        }

        var quadratic = QuadraticMinimizer(low, high);
        if (quadratic > left + QuadraticMargin * width && quadratic < right - QuadraticMargin * width)
        {
            return quadratic;
        }

        return low.Step + 0.5 * (high.Step - low.Step);
    }

    /// <summary>
    /// The minimizer of the cubic matching φ and φ′ at both points (N&amp;W eq. 3.59), or NaN when it has
    /// none or a value is not finite.
    /// </summary>
    internal static double CubicMinimizer(TrialPoint a, TrialPoint b)
    {
        var d1 = a.Slope + b.Slope - 3 * (a.Value - b.Value) / (a.Step - b.Step);
        var discriminant = d1 * d1 - a.Slope * b.Slope;
        if (!(discriminant >= 0))
        {
            return double.NaN;
        }

        var d2 = Math.CopySign(Math.Sqrt(discriminant), b.Step - a.Step);
        var minimizer = b.Step - (b.Step - a.Step) * (b.Slope + d2 - d1) / (b.Slope - a.Slope + 2 * d2);
        return double.IsFinite(minimizer) ? minimizer : double.NaN;
    }

    /// <summary>
    /// The minimizer of the parabola through φ(a), φ′(a) and φ(b), or NaN when it opens downwards or a
    /// value is not finite.
    /// </summary>
    internal static double QuadraticMinimizer(TrialPoint a, TrialPoint b)
    {
        var distance = b.Step - a.Step;
        var curvature = (b.Value - a.Value - a.Slope * distance) / (distance * distance);
        if (!(curvature > 0) || !double.IsFinite(curvature))
        {
            return double.NaN;
        }

        var minimizer = a.Step - a.Slope / (2 * curvature);
        return double.IsFinite(minimizer) ? minimizer : double.NaN;
    }

    /// <summary>A step tried by the line search: α, φ(α), φ′(α) and the slot holding its point (−1 for α = 0).</summary>
    internal readonly record struct TrialPoint(double Step, double Value, double Slope, int Slot);
}
