namespace DecodingChoices.Optimization;

/// <summary>
/// Evaluates f and ∇f at a point for the minimizer, whichever way the gradient is obtained, and counts
/// the work done.
/// </summary>
internal abstract class ObjectiveEvaluator
{
    /// <summary>Points evaluated so far (each gives f and ∇f).</summary>
    public int Points { get; private set; }

    /// <summary>Whether the gradient is estimated from values (finite differences) rather than given.</summary>
    public abstract bool EstimatesGradient { get; }

    /// <summary>Calls of the user's delegate that one point costs.</summary>
    public abstract int CallsPerPoint { get; }

    /// <summary>Calls of the user's delegate so far.</summary>
    public long ObjectiveCalls => (long)Points * CallsPerPoint;

    /// <summary>Returns f(<paramref name="x"/>) and writes ∇f(<paramref name="x"/>) into <paramref name="gradient"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        Points++;
        return EvaluateCore(x, gradient);
    }

    protected abstract double EvaluateCore(ReadOnlySpan<double> x, Span<double> gradient);
}
