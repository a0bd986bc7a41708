using System.Numerics.Tensors;
using DecodingChoices.Numerics;

namespace DecodingChoices.Models;

/// <summary>
/// scikit-learn's binary logistic-regression objective (solver lbfgs, L2 penalty) and its gradient,
/// for one design and one set of labels:
/// f(w, b) = Σᵢ [log(1 + e^(zᵢ)) − yᵢ zᵢ] + ‖w‖² / (2C),  z = Aw + b,
/// ∂f/∂w = Aᵀ(σ(z) − y) + w/C,  ∂f/∂b = Σᵢ (σ(zᵢ) − yᵢ).
/// The intercept b is not penalized. Parameters are ordered [w₀ … w_(d−1), b].
/// </summary>
/// <remarks>
/// Every evaluation reuses two work buffers, so a fit allocates nothing per iteration. log(1 + e^z) is
/// computed as max(z, 0) + log(1 + e^(−|z|)) and σ(z) from the same e^(−|z|): neither overflows for any z.
/// </remarks>
internal sealed class LogisticObjective
{
    private readonly double[] _z;
    private readonly double[] _work;
    private readonly double _inverseC;

    /// <param name="design">The design A.</param>
    /// <param name="c">The inverse penalty strength C; <see cref="double.PositiveInfinity"/> for no penalty.</param>
    /// <param name="fitIntercept">Whether the last parameter is an unpenalized intercept.</param>
    public LogisticObjective(LogisticDesign design, double c, bool fitIntercept)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (!(c > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "C must be positive (or +∞ for no penalty).");
        }

        Design = design;
        FitIntercept = fitIntercept;
        _inverseC = 1 / c;
        _z = new double[design.Rows];
        _work = new double[design.Rows];
        Labels = new int[design.Rows];
    }

    public LogisticDesign Design { get; }

    public bool FitIntercept { get; }

    /// <summary>The number of parameters: one weight per design column, plus the intercept when fitted.</summary>
    public int ParameterCount => Design.Columns + (FitIntercept ? 1 : 0);

    /// <summary>The labels (0 or 1) the objective is evaluated against; write them before fitting.</summary>
    public int[] Labels { get; }

    /// <summary>Evaluates f at <paramref name="parameters"/> and writes ∇f into <paramref name="gradient"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var columns = Design.Columns;
        var w = parameters[..columns];
        var z = _z.AsSpan();
        var work = _work.AsSpan();
        Design.Logits(w, FitIntercept ? parameters[columns] : 0.0, z);

        var loss = LogisticKernels.CrossEntropyAndResiduals(z, Labels, work);
        var residualSum = TensorPrimitives.Sum<double>(work);

        var gw = gradient[..columns];
        TensorPrimitives.Multiply(w, _inverseC, gw);
        Design.AddTransposedProduct(work, gw);
        if (FitIntercept)
        {
            gradient[columns] = residualSum;
        }

        return loss + 0.5 * _inverseC * TensorPrimitives.Dot(w, w);
    }
}
