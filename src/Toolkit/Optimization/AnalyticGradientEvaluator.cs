namespace DecodingChoices.Optimization;

/// <summary>Calls an objective that computes its own gradient.</summary>
internal sealed class AnalyticGradientEvaluator(ObjectiveWithGradient objective) : ObjectiveEvaluator
{
    public override bool EstimatesGradient => false;

    public override int CallsPerPoint => 1;

    protected override double EvaluateCore(ReadOnlySpan<double> x, Span<double> gradient)
    {
        gradient.Clear();
        return objective(x, gradient);
    }
}
