using DecodingChoices.Optimization;

namespace DecodingChoices.Models;

/// <summary>How a <see cref="LogisticRegression"/> fit ended.</summary>
/// <param name="Status">Why L-BFGS stopped.</param>
/// <param name="Iterations">L-BFGS iterations (scikit-learn's <c>n_iter_</c>).</param>
/// <param name="Evaluations">Objective and gradient evaluations.</param>
/// <param name="Objective">The objective Σ[log(1 + e^z) − y z] + ‖w‖²/(2C) at the fitted weights.</param>
/// <param name="Message">A sentence saying why it stopped.</param>
public sealed record LogisticFitReport(MinimizeStatus Status, int Iterations, int Evaluations, double Objective, string Message)
{
    /// <summary>
    /// Whether a convergence test was met. False when the fit hit its iteration limit: scikit-learn then warns
    /// "lbfgs failed to converge"; the weights are still the best found.
    /// </summary>
    public bool Converged => Status is MinimizeStatus.GradientToleranceReached or MinimizeStatus.RelativeDecreaseReached;
}
