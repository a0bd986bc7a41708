using System.Numerics.Tensors;

namespace DecodingChoices.Numerics;

/// <summary>
/// Rewrites a wide matrix X (n rows × p columns, n &lt; p: fewer trials than neurons) as X = L Qᵀ, with
/// L an n × n lower-triangular matrix and Q a p × n matrix with orthonormal columns (a Householder QR
/// factorization of Xᵀ = Q R, so L = Rᵀ).
/// </summary>
/// <remarks>
/// <para>
/// Why: gradient-based fitting of a linear model started at w = 0 only ever moves w along gradients
/// Xᵀr, so every iterate lies in the row space of X, spanned by Q's columns. Writing w = Qβ gives
/// Xw = Lβ and ‖w‖ = ‖β‖, and for any vectors in that space inner products are preserved, so L-BFGS
/// on (β, b) with design L takes exactly the steps it would take on (w, b) with design X — while every
/// product costs n²/2 instead of n·p multiply-adds, on a matrix small enough to stay in cache. With
/// 220 trials and 691 neurons that is 6× fewer operations per evaluation. The fitted weights are
/// w = Qβ, and gradients map back the same way.
/// </para>
/// <para>
/// The reflectors are kept (not Q itself), so applying Q costs 2·n·p operations and needs no p × n matrix.
/// </para>
/// </remarks>
internal sealed class RowSpaceReduction
{
    private readonly double[] _reflectors; // row k holds the Householder vector v_k (entries k..p-1 used), row-major n × p
    private readonly double[] _tau;
    private double[]? _originalRows; // Q, p × n row-major (row c: original coordinate c of each reduced direction), made on first use

    private RowSpaceReduction(int rows, int columns, double[] lower, double[] reflectors, double[] tau)
    {
        Rows = rows;
        Columns = columns;
        Lower = lower;
        _reflectors = reflectors;
        _tau = tau;
    }

    /// <summary>n, the number of rows of X (and the size of L).</summary>
    public int Rows { get; }

    /// <summary>p, the number of columns of X.</summary>
    public int Columns { get; }

    /// <summary>L, row-major n × n, zero above the diagonal: X = L Qᵀ.</summary>
    public double[] Lower { get; }

    /// <summary>Factorizes <paramref name="matrix"/> (row-major, <paramref name="rows"/> × <paramref name="columns"/>, rows ≤ columns).</summary>
    public static RowSpaceReduction Create(ReadOnlySpan<double> matrix, int rows, int columns)
    {
        if (rows > columns)
        {
            throw new ArgumentException($"The reduction is for wide matrices (rows ≤ columns), not {rows} × {columns}.", nameof(rows));
        }

        if (matrix.Length != rows * columns)
        {
            throw new ArgumentException($"The matrix has {matrix.Length} elements, not {rows} × {columns}.", nameof(matrix));
        }

        // Work on a copy of X: row k of X is column k of Xᵀ, so each Householder step works on contiguous rows.
        var work = matrix.ToArray();
        var tau = new double[rows];
        var lower = new double[rows * rows];
        for (var k = 0; k < rows; k++)
        {
            var v = work.AsSpan(k * columns + k, columns - k);
            var norm = TensorPrimitives.Norm<double>(v);
            var alpha = v[0] >= 0 ? -norm : norm;
            if (norm == 0)
            {
                tau[k] = 0; // a zero column: nothing to reflect, R[k, k] = 0
            }
            else
            {
                // v = x − αe₁, scaled so v[0] = 1; H = I − τ v vᵀ maps x to αe₁.
                var v0 = v[0] - alpha;
                TensorPrimitives.Divide(v, v0, v);
                v[0] = 1;
                tau[k] = -v0 / alpha;
                for (var j = k + 1; j < rows; j++)
                {
                    var row = work.AsSpan(j * columns + k, columns - k);
                    var dot = TensorPrimitives.Dot<double>(row, v);
                    TensorPrimitives.MultiplyAdd(v, -tau[k] * dot, row, row);
                }
            }

            // Column k of L = Rᵀ: L[j, k] = R[k, j] = entry k of the transformed row j, for j ≥ k.
            lower[k * rows + k] = norm == 0 ? 0 : alpha;
            for (var j = k + 1; j < rows; j++)
            {
                lower[j * rows + k] = work[j * columns + k];
            }
        }

        return new RowSpaceReduction(rows, columns, lower, work, tau);
    }

    /// <summary>w = Qβ: maps reduced coefficients (length n) to coefficients on X's columns (length p).</summary>
    public void Expand(ReadOnlySpan<double> beta, Span<double> w)
    {
        if (beta.Length != Rows || w.Length != Columns)
        {
            throw new ArgumentException($"Expand maps {Rows} values to {Columns}, not {beta.Length} to {w.Length}.");
        }

        w.Clear();
        beta.CopyTo(w);
        for (var k = Rows - 1; k >= 0; k--)
        {
            ApplyReflector(k, w);
        }
    }

    /// <summary>
    /// The largest |(Qg)_c|: the max-norm of a reduced gradient mapped back to X's columns. With a finite
    /// <paramref name="stopAbove"/> it returns as soon as one component exceeds it: that component's size, a lower
    /// bound of the max that already answers "is the max above <paramref name="stopAbove"/>?".
    /// </summary>
    /// <remarks>
    /// A fit's stopping test asks this at many iterates, so it reads Q itself, formed once (<see cref="OriginalRows"/>):
    /// (Qg)_c is one dot product of row c of Q with g. Rows are taken in order, so a gradient that is still large
    /// usually answers after a few dozen rows, and a converged one costs p dot products of length n (Q is read from
    /// memory then: a 4-row blocked kernel measured no faster). Every fit on this
    /// reduction (single or batched) gets the same bits from it. NaN propagates.
    /// </remarks>
    public double ExpandedMaxAbs(ReadOnlySpan<double> reducedGradient, double stopAbove = double.PositiveInfinity)
    {
        if (reducedGradient.Length != Rows)
        {
            throw new ArgumentException($"A reduced gradient has {Rows} values, not {reducedGradient.Length}.", nameof(reducedGradient));
        }

        var q = OriginalRows;
        var max = 0.0;
        for (var c = 0; c < Columns; c++)
        {
            var size = Math.Abs(TensorPrimitives.Dot(q.AsSpan(c * Rows, Rows), reducedGradient));
            if (!(size <= max))
            {
                max = size;
                if (!(max <= stopAbove))
                {
                    return max;
                }
            }
        }

        return max;
    }

    /// <summary>
    /// Q (p × n, row-major: row c holds original coordinate c of the n reduced directions), formed on first use by
    /// applying the reflectors to the first n unit vectors, last reflector first (LAPACK's dorgqr order): reflector k
    /// leaves e_j alone for j &lt; k, so e_j needs only reflectors j … 0. About twice the arithmetic of the
    /// factorization, once.
    /// </summary>
    private double[] OriginalRows => LazyInitializer.EnsureInitialized(ref _originalRows, () =>
    {
        // Build Qᵀ first (row j = Q e_j, contiguous for the reflectors), then store its transpose.
        var columnsOfQ = new double[Rows * Columns];
        for (var j = 0; j < Rows; j++)
        {
            columnsOfQ[j * Columns + j] = 1;
        }

        for (var k = Rows - 1; k >= 0; k--)
        {
            if (_tau[k] == 0)
            {
                continue;
            }

            var v = _reflectors.AsSpan(k * Columns + k, Columns - k);
            for (var j = k; j < Rows; j++)
            {
                var tail = columnsOfQ.AsSpan(j * Columns + k, Columns - k);
                var dot = TensorPrimitives.Dot<double>(tail, v);
                TensorPrimitives.MultiplyAdd(v, -_tau[k] * dot, tail, tail);
            }
        }

        var rows = new double[Columns * Rows];
        for (var j = 0; j < Rows; j++)
        {
            for (var c = 0; c < Columns; c++)
            {
                rows[c * Rows + j] = columnsOfQ[j * Columns + c];
            }
        }

        return rows;
    });

    private void ApplyReflector(int k, Span<double> vector)
    {
        if (_tau[k] == 0)
        {
            return;
        }

        var v = _reflectors.AsSpan(k * Columns + k, Columns - k);
        var tail = vector[k..];
        var dot = TensorPrimitives.Dot<double>(tail, v);
        TensorPrimitives.MultiplyAdd(v, -_tau[k] * dot, tail, tail);
    }
}
