using System.Numerics.Tensors;

namespace DecodingChoices.Models;

/// <summary>
/// scikit-learn's binary logistic-regression objective (solver lbfgs, L2 penalty) and its gradient,
/// for one design matrix and one set of labels:
/// f(w, b) = Σᵢ [log(1 + e^(zᵢ)) − yᵢ zᵢ] + ‖w‖² / (2C),  z = Aw + b,
/// ∂f/∂w = Aᵀ(σ(z) − y) + w/C,  ∂f/∂b = Σᵢ (σ(zᵢ) − yᵢ).
/// The intercept b is not penalized. Parameters are ordered [w₀ … w_(d−1), b].
/// </summary>
/// <remarks>
/// Every evaluation reuses two work buffers, so a fit allocates nothing per iteration. log(1 + e^z) is
/// computed as max(z, 0) + log1p(e^(−|z|)) and σ(z) from the same e^(−|z|): neither overflows for any z.
/// The design may be lower-triangular (the reduced design of <see cref="Numerics.RowSpaceReduction"/>),
/// in which case row i is read only up to its diagonal.
/// </remarks>
public sealed class LogisticObjective
{
    private readonly double[] _design;
    private readonly double[] _z;
    private readonly double[] _work;
    private readonly double _inverseC;

    /// <param name="design">The design matrix A, row-major, <paramref name="rows"/> × <paramref name="columns"/>.</param>
    /// <param name="rows">n, the number of samples.</param>
    /// <param name="columns">d, the number of features (weights).</param>
    /// <param name="lowerTriangular">Whether A is zero above its diagonal (then rows == columns).</param>
    /// <param name="c">The inverse penalty strength C; <see cref="double.PositiveInfinity"/> for no penalty.</param>
    /// <param name="fitIntercept">Whether the last parameter is an unpenalized intercept.</param>
    public LogisticObjective(double[] design, int rows, int columns, bool lowerTriangular, double c, bool fitIntercept)
    {
        if (design.Length != rows * columns)
        {
            throw new ArgumentException($"The design has {design.Length} elements, not {rows} × {columns}.", nameof(design));
        }

        if (lowerTriangular && rows != columns)
        {
            throw new ArgumentException("A lower-triangular design must be square.", nameof(lowerTriangular));
        }

        if (!(c > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "C must be positive (or +∞ for no penalty).");
        }

        _design = design;
        Rows = rows;
        Columns = columns;
        LowerTriangular = lowerTriangular;
        FitIntercept = fitIntercept;
        _inverseC = 1 / c;
        _z = new double[rows];
        _work = new double[rows];
        Labels = new int[rows];
    }

    public int Rows { get; }

    public int Columns { get; }

    public bool LowerTriangular { get; }

    public bool FitIntercept { get; }

    /// <summary>The number of parameters: one weight per column, plus the intercept when fitted.</summary>
    public int ParameterCount => Columns + (FitIntercept ? 1 : 0);

    /// <summary>The labels (0 or 1) the objective is evaluated against; write them before fitting.</summary>
    public int[] Labels { get; }

    /// <summary>The logits z = Aw + b of the last evaluation.</summary>
    public ReadOnlySpan<double> LastLogits => _z;

    /// <summary>Evaluates f at <paramref name="parameters"/> and writes ∇f into <paramref name="gradient"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var w = parameters[..Columns];
        var intercept = FitIntercept ? parameters[Columns] : 0.0;
        var design = _design.AsSpan();
        var z = _z.AsSpan();
        var work = _work.AsSpan();

        for (var i = 0; i < Rows; i++)
        {
            var length = LowerTriangular ? i + 1 : Columns;
            z[i] = TensorPrimitives.Dot(design.Slice(i * Columns, length), w[..length]) + intercept;
        }

        // e = exp(−|z|), then loss terms and residuals σ(z) − y from it.
        TensorPrimitives.Abs(z, work);
        TensorPrimitives.Negate(work, work);
        TensorPrimitives.Exp(work, work);
        var loss = 0.0;
        var residualSum = 0.0;
        var labels = Labels.AsSpan();
        for (var i = 0; i < Rows; i++)
        {
            var e = work[i];
            var zi = z[i];
            loss += Math.Max(zi, 0) + Math.Log(1 + e) - (labels[i] == 1 ? zi : 0);
            var sigma = zi >= 0 ? 1 / (1 + e) : e / (1 + e);
            work[i] = sigma - labels[i];
            residualSum += work[i];
        }

        // ∇w = Aᵀr + w/C, accumulated row by row so A is read in memory order.
        var gw = gradient[..Columns];
        TensorPrimitives.Multiply(w, _inverseC, gw);
        for (var i = 0; i < Rows; i++)
        {
            var length = LowerTriangular ? i + 1 : Columns;
            TensorPrimitives.MultiplyAdd(design.Slice(i * Columns, length), work[i], gw[..length], gw[..length]);
        }

        if (FitIntercept)
        {
            gradient[Columns] = residualSum;
        }

        return loss + 0.5 * _inverseC * TensorPrimitives.Dot(w, w);
    }
}
