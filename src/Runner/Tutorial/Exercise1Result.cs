using DecodingChoices.Optimization;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>What Exercise 1 computes on the training split, step by step, as the tutorial prints it.</summary>
internal sealed record Exercise1Result
{
    /// <summary>z = Xθ with θ = 0 (1A).</summary>
    public required double[] ZeroThetaZ { get; init; }

    /// <summary>σ over the tutorial's plot grid, np.linspace(−10, 10) (1B).</summary>
    public required (double[] Z, double[] Sigma) SigmoidCurve { get; init; }

    /// <summary>h = σ(Xθ) with θ = 0 (1C).</summary>
    public required double[] ZeroThetaH { get; init; }

    /// <summary>J(θ = 0) (1D).</summary>
    public required double ZeroThetaLoss { get; init; }

    /// <summary>The minimizer's result from the loss alone (1E).</summary>
    public required MinimizeResult Fit { get; init; }

    /// <summary>How long the fit took.</summary>
    public required TimeSpan FitTime { get; init; }

    /// <summary>Accuracy of θ̂ on the training trials (1E).</summary>
    public required double TrainAccuracy { get; init; }

    /// <summary>Accuracy of θ̂ on the held-out test trials.</summary>
    public required double TestAccuracy { get; init; }
}
