using DecodingChoices.Optimization;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Exercise 1's steps as far as the track got through them: filled in one by one while
/// <see cref="Exercise1Walkthrough"/> runs, so that when a later exercise is not written yet, the walkthrough
/// still shows every finished step's result (and draws the 1B plot as soon as 1B passes), like a notebook whose
/// earlier cells ran.
/// </summary>
internal sealed class Exercise1Steps
{
    /// <summary>z = Xθ with θ = 0, once 1A ran.</summary>
    public double[]? ZeroThetaZ { get; set; }

    /// <summary>σ over np.linspace(−10, 10), once 1B ran.</summary>
    public (double[] Z, double[] Sigma)? SigmoidCurve { get; set; }

    /// <summary>h = σ(Xθ) with θ = 0, once 1C ran.</summary>
    public double[]? ZeroThetaH { get; set; }

    /// <summary>J(θ = 0), once 1D ran.</summary>
    public double? ZeroThetaLoss { get; set; }

    /// <summary>The fit from the loss alone, once the minimizer finished with 1D.</summary>
    public MinimizeResult? Fit { get; set; }

    /// <summary>How long the fit took.</summary>
    public TimeSpan FitTime { get; set; }

    /// <summary>Whether any step finished.</summary>
    public bool Any => ZeroThetaZ is not null || SigmoidCurve is not null;
}
