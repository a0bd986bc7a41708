using System.Numerics.Tensors;

namespace DecodingChoices.Optimization;

/// <summary>
/// The objective restricted to the search line, φ(α) = f(xₖ + α·dₖ), with its slope φ′(α) = ∇f(xₖ + α·dₖ)ᵀdₖ.
/// A line search only ever sees φ. Trial points go to one of two slots of the workspace, so the best point
/// so far can be kept while the next is tried. A NaN or infinite trial value is reported as +∞, which every
/// line search treats as "too far": the step shrinks.
/// </summary>
internal sealed class LineFunction(ObjectiveEvaluator evaluator, MinimizerWorkspace workspace, int maxEvaluations, CancellationToken cancellationToken)
{
    /// <summary>Whether another evaluation is allowed (evaluation budget left and not cancelled).</summary>
    public bool CanEvaluate => evaluator.Points < maxEvaluations && !cancellationToken.IsCancellationRequested;

    /// <summary>Evaluates φ(<paramref name="step"/>) into trial slot <paramref name="slot"/>.</summary>
    /// <param name="step">α, the distance along the direction.</param>
    /// <param name="slot">0 or 1: which trial buffers receive x + α·d and its gradient.</param>
    /// <param name="slope">φ′(α), or NaN when the point is not finite.</param>
    /// <returns>φ(α), or +∞ when f or its gradient is NaN or infinite there.</returns>
    public double Evaluate(double step, int slot, out double slope)
    {
        var point = workspace.TrialPoint(slot);
        var gradient = workspace.TrialGradient(slot);
        TensorPrimitives.MultiplyAdd(workspace.Direction, step, workspace.Point, point);
        var value = evaluator.Evaluate(point, gradient);
        slope = TensorPrimitives.Dot<double>(gradient, workspace.Direction);
        if (double.IsFinite(value) && double.IsFinite(slope))
        {
            return value;
        }

        slope = double.NaN;
        return double.PositiveInfinity;
    }
}
