using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
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
    /// <summary>
    /// Designs read row by row with at least this many entries (2 MB, a core's L2 cache) are evaluated as two fixed
    /// halves of rows, on two cores where there are two: every evaluation reads the whole design, so beyond this size
    /// two caches and two cores' memory bandwidth pay for the hand-over. The halves are the same whatever the number
    /// of cores, so the result does not depend on it.
    /// </summary>
    internal const long HalvesFrom = 256 * 1024;

    private readonly double[] _z;
    private readonly double[] _work;
    private readonly double _inverseC;
    private readonly Halves? _halves;

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
        _halves = design.ReadsRows && (long)design.Rows * design.Columns >= HalvesFrom && design.Rows >= 16 ? new Halves(this) : null;
    }

    public LogisticDesign Design { get; }

    public bool FitIntercept { get; }

    /// <summary>The number of parameters: one weight per design column, plus the intercept when fitted.</summary>
    public int ParameterCount => Design.Columns + (FitIntercept ? 1 : 0);

    /// <summary>The labels (0 or 1) the objective is evaluated against; write them before fitting.</summary>
    public int[] Labels { get; }

    /// <summary>Evaluates f at <paramref name="parameters"/> and writes ∇f into <paramref name="gradient"/>.</summary>
    // The evaluation and the kernels under it (and L-BFGS's two-loop recursion) are compiled optimized on their first
    // call: a fit is often the only one in its process, and their first-tier code ran small fits markedly slower
    // (276 × 100: 1.66 ms a fit with this, 2.77 ms without, averaged over 600 fits).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var columns = Design.Columns;
        var w = parameters[..columns];
        var z = _z.AsSpan();
        var work = _work.AsSpan();
        var intercept = FitIntercept ? parameters[columns] : 0.0;
        var gw = gradient[..columns];
        TensorPrimitives.Multiply(w, _inverseC, gw);
        double loss;
        if (_halves is not null)
        {
            loss = _halves.Evaluate(w, intercept, gw);
        }
        else if (Design.ReadsRows)
        {
            loss = Design.LossAndTransposedProduct(w, intercept, Labels, work, gw);
        }
        else
        {
            Design.Logits(w, intercept, z);
            loss = LogisticKernels.CrossEntropyAndResiduals(z, Labels, work);
            Design.AddTransposedProduct(work, gw);
        }

        var residualSum = TensorPrimitives.Sum<double>(work);
        if (FitIntercept)
        {
            gradient[columns] = residualSum;
        }

        return loss + 0.5 * _inverseC * TensorPrimitives.Dot(w, w);
    }

    /// <summary>The two halves of a large design's rows, each with its own share of the gradient.</summary>
    private sealed class Halves
    {
        private readonly LogisticObjective _owner;
        private readonly int _split;
        private readonly double[] _weights;
        private readonly double[][] _gradients;
        private readonly double[] _losses = new double[2];
        private readonly Action<int> _evaluateHalf;
        private double _intercept;

        public Halves(LogisticObjective owner)
        {
            _owner = owner;
            _split = owner.Design.Rows / 2 / 8 * 8; // a multiple of 8, as the row ranges need
            _weights = new double[owner.Design.Columns];
            _gradients = [new double[owner.Design.Columns], new double[owner.Design.Columns]];
            _evaluateHalf = EvaluateHalf;
        }

        /// <summary>The summed cross-entropy; adds Aᵀ(σ(z) − y) to <paramref name="g"/>, first half then second.</summary>
        public double Evaluate(ReadOnlySpan<double> weights, double intercept, Span<double> g)
        {
            weights.CopyTo(_weights);
            _intercept = intercept;
            Parallel.For(0, 2, _evaluateHalf);
            TensorPrimitives.Add(g, _gradients[0], g);
            TensorPrimitives.Add(g, _gradients[1], g);
            return _losses[0] + _losses[1];
        }

        private void EvaluateHalf(int half)
        {
            var design = _owner.Design;
            var (first, count) = half == 0 ? (0, _split) : (_split, design.Rows - _split);
            var gradient = _gradients[half];
            Array.Clear(gradient);
            _losses[half] = design.LossAndTransposedProduct(first, count, _weights, _intercept, _owner.Labels, _owner._work, gradient);
        }
    }
}

