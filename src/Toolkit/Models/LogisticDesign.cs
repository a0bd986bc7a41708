using System.Numerics.Tensors;
using DecodingChoices.Numerics;

namespace DecodingChoices.Models;

/// <summary>
/// A design matrix in the form a logistic-regression fit reads fastest, prepared once and shared by
/// every fit on the same trials (all the shuffles of a shuffle test, all the permutations of a fold).
/// </summary>
/// <remarks>
/// When there are fewer trials than neurons (220 × 691 in the tutorial), the design is the n × n
/// lower-triangular L of <see cref="RowSpaceReduction"/> (X = L Qᵀ), and the fit runs on reduced
/// coefficients β with w = Qβ: the same L-BFGS steps as on X, on a matrix 6× smaller. Otherwise it is
/// X itself. Row i of a reduced design is read only up to its diagonal: the rest of it is zero.
/// </remarks>
internal sealed class LogisticDesign
{
    private readonly int[] _rowStarts;
    private readonly int[] _rowLengths;

    private LogisticDesign(ReadOnlyMemory<double> matrix, int[] rowStarts, int columns, int[] rowLengths, int featureCount, RowSpaceReduction? reduction)
    {
        Matrix = matrix;
        Rows = rowStarts.Length;
        Columns = columns;
        _rowStarts = rowStarts;
        _rowLengths = rowLengths;
        FeatureCount = featureCount;
        Reduction = reduction;
    }

    /// <summary>
    /// The matrix the fit reads, row-major with <see cref="Columns"/> columns (a fold's view reads some of its rows).
    /// When the design is X itself this is the caller's array, not a copy: do not change X while fitting.
    /// </summary>
    public ReadOnlyMemory<double> Matrix { get; }

    /// <summary>The number of trials.</summary>
    public int Rows { get; }

    /// <summary>The number of fitted weights (n when reduced, else the number of neurons).</summary>
    public int Columns { get; }

    /// <summary>The number of neurons of the original data, the length of the model's coefficients.</summary>
    public int FeatureCount { get; }

    /// <summary>The factorization behind a reduced design; null when the design is X itself.</summary>
    public RowSpaceReduction? Reduction { get; }

    /// <summary>Whether the design is reduced (the fit's weights are β, not w).</summary>
    public bool IsReduced => Reduction is not null;

    /// <summary>Prepares <paramref name="X"/> (trials × neurons) for fitting.</summary>
    /// <param name="X">The trials.</param>
    /// <param name="reduce">Whether to fit in the row space; by default, exactly when there are fewer trials than neurons.</param>
    public static LogisticDesign Prepare(double[,] X, bool? reduce = null)
    {
        ArgumentNullException.ThrowIfNull(X);
        var rows = X.GetLength(0);
        var columns = X.GetLength(1);
        if (reduce ?? rows < columns)
        {
            var reduction = RowSpaceReduction.Create(X.AsReadOnlySpan(), rows, columns);
            return new LogisticDesign(reduction.Lower, RowStarts(rows, rows), rows, [.. Enumerable.Range(1, rows)], columns, reduction);
        }

        return new LogisticDesign(MatrixMemory.Of(X), RowStarts(rows, columns), columns, [.. Enumerable.Repeat(columns, rows)], columns, null);
    }

    /// <summary>
    /// The design of a subset of the trials (a cross-validation fold), sharing this design's matrix and
    /// reduction: rows of X = L Qᵀ are rows of L times Qᵀ, so a subset needs no new factorization, and
    /// no copy either — the view reads the selected rows in place.
    /// </summary>
    public LogisticDesign SelectRows(int[] trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var rows = new int[trials.Length];
        var lengths = new int[trials.Length];
        for (var i = 0; i < trials.Length; i++)
        {
            var row = trials[i];
            if ((uint)row >= (uint)Rows)
            {
                throw new ArgumentOutOfRangeException(nameof(trials), row, $"Trial {row} is outside 0..{Rows - 1}.");
            }

            rows[i] = _rowStarts[row];
            lengths[i] = _rowLengths[row];
        }

        return new LogisticDesign(Matrix, rows, Columns, lengths, FeatureCount, Reduction);
    }

    /// <summary>z = Aθ + b for every row.</summary>
    public void Logits(ReadOnlySpan<double> weights, double intercept, Span<double> z)
    {
        var matrix = Matrix.Span;
        for (var i = 0; i < Rows; i++)
        {
            var length = _rowLengths[i];
            z[i] = TensorPrimitives.Dot(matrix.Slice(_rowStarts[i], length), weights[..length]) + intercept;
        }
    }

    /// <summary>g += Aᵀr, reading A row by row in memory order.</summary>
    public void AddTransposedProduct(ReadOnlySpan<double> r, Span<double> g)
    {
        var matrix = Matrix.Span;
        for (var i = 0; i < Rows; i++)
        {
            var length = _rowLengths[i];
            TensorPrimitives.MultiplyAdd(matrix.Slice(_rowStarts[i], length), r[i], g[..length], g[..length]);
        }
    }

    private static int[] RowStarts(int rows, int columns) => [.. Enumerable.Range(0, rows).Select(i => i * columns)];

    /// <summary>The model's coefficients on the original neurons: w = Qβ when reduced, else a copy.</summary>
    public double[] Coefficients(ReadOnlySpan<double> weights)
    {
        var w = new double[FeatureCount];
        if (Reduction is { } reduction)
        {
            reduction.Expand(weights, w);
        }
        else
        {
            weights.CopyTo(w);
        }

        return w;
    }
}
