using System.Globalization;

namespace DecodingChoices.Optimization;

/// <summary>The sentences of <see cref="MinimizeResult.Message"/>: what happened, with the numbers that decided it.</summary>
internal static class StopMessages
{
    public static string For(MinimizeStatus status, StopFacts facts, MinimizeOptions options)
    {
        var gradient = FloatingPoint.Small(facts.MaxAbsGradient);
        var tolerance = FloatingPoint.Small(options.GradientTolerance);
        var iterations = Count(facts.Iterations, "iteration");
        var message = status switch
        {
            MinimizeStatus.GradientToleranceReached =>
                $"Converged after {iterations}: the largest gradient component is {gradient} ≤ {tolerance} (GradientTolerance).",
            MinimizeStatus.RelativeDecreaseReached =>
                $"Converged after {iterations}: the last iteration lowered the loss by only {FloatingPoint.Small(facts.RelativeDecrease)} of its size " +
                $"(≤ {FloatingPoint.Small(options.RelativeDecreaseTolerance)}, RelativeDecreaseTolerance); the largest gradient component is {gradient}.",
            MinimizeStatus.MaxIterations =>
                $"Stopped after {iterations} without converging: the largest gradient component is still {gradient} > {tolerance}. " +
                "Raise MaxIterations, or rescale the features so the problem is better conditioned.",
            MinimizeStatus.MaxFunctionEvaluations =>
                $"Stopped after {Count(facts.FunctionEvaluations, "function evaluation")} (MaxFunctionEvaluations) and {iterations} without converging: " +
                $"the largest gradient component is still {gradient} > {tolerance}. Raise MaxFunctionEvaluations.",
            MinimizeStatus.LineSearchFailed =>
                $"Stopped after {iterations}: no step along the search direction lowered the loss (precision lost), and the largest gradient " +
                $"component is {gradient} > {tolerance}. Either the loss is as low as rounding errors allow (loosen GradientTolerance), " +
                "or the gradient does not match the loss (check it with GradientCheck).",
            MinimizeStatus.Cancelled =>
                $"Cancelled after {iterations}; X holds the last accepted point (loss {FloatingPoint.Value(facts.Fun)}, " +
                $"largest gradient component {gradient}).",
            MinimizeStatus.NonFiniteObjective => NonFiniteStart(facts),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
        };

        return facts.LooksUnbounded && status is MinimizeStatus.MaxIterations or MinimizeStatus.MaxFunctionEvaluations or MinimizeStatus.LineSearchFailed
            ? message + $" The loss fell from {FloatingPoint.Value(facts.InitialFun)} to {FloatingPoint.Value(facts.Fun)} and kept falling: " +
              "the objective may have no minimum (unbounded below); check its sign and formula."
            : message;
    }

    private static string NonFiniteStart(StopFacts facts) =>
        facts.NonFiniteGradientIndex is { } index && facts.GradientEstimated
            ? $"The loss is {FloatingPoint.Value(facts.Fun)} at the starting point but not finite a finite-difference step " +
              $"(about 1.5e-8) away along component {index}, so its gradient cannot be estimated: start further from where the loss " +
              "is undefined (log of 0, division by 0), or give the gradient yourself."
            : facts.NonFiniteGradientIndex is { } badIndex
            ? $"The gradient is {FloatingPoint.Value(facts.NonFiniteGradientValue)} in component {badIndex} at the starting point " +
              $"(the loss is {FloatingPoint.Value(facts.Fun)}), so there is no direction to follow: look for log(0), 0/0 or exp overflow in the gradient."
            : $"The objective returned {FloatingPoint.Value(facts.Fun)} at the starting point, so there is nothing to minimize: " +
              "look for log(0), 0/0 or exp overflow in the loss at x0, or start from another point.";

    private static string Count(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
