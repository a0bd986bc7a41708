namespace DecodingChoices.Optimization;

/// <summary>The numbers a stop message quotes.</summary>
/// <param name="Iterations">Accepted steps.</param>
/// <param name="FunctionEvaluations">Points evaluated.</param>
/// <param name="InitialFun">f at the starting point.</param>
/// <param name="Fun">f at the final point.</param>
/// <param name="MaxAbsGradient">max|∂f/∂xᵢ| at the final point.</param>
/// <param name="RelativeDecrease">(f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) of the last iteration.</param>
/// <param name="LastSearchKeptDecreasing">The last line search stopped while f was still falling the further it stepped.</param>
/// <param name="NonFiniteGradientIndex">The first non-finite gradient component at the start, if that is why the run stopped.</param>
/// <param name="NonFiniteGradientValue">Its value.</param>
/// <param name="GradientEstimated">Whether the gradient came from finite differences.</param>
internal readonly record struct StopFacts(
    int Iterations,
    int FunctionEvaluations,
    double InitialFun,
    double Fun,
    double MaxAbsGradient,
    double RelativeDecrease,
    bool LastSearchKeptDecreasing,
    int? NonFiniteGradientIndex = null,
    double NonFiniteGradientValue = double.NaN,
    bool GradientEstimated = false)
{
    /// <summary>How far below its start f may fall before the message suspects that it has no minimum.</summary>
    private const double ImplausibleDrop = 1e12;

    /// <summary>
    /// Whether f seems to have no minimum: the last line search kept finding lower values the further it
    /// went, or f fell below its starting value by twelve orders of magnitude.
    /// </summary>
    public bool LooksUnbounded => LastSearchKeptDecreasing || Fun < -ImplausibleDrop * Math.Max(1, Math.Abs(InitialFun));
}
