using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    /// <summary>
    /// Aᵀ of the whole design, row-major (row j is column j of A, <see cref="_baseRows"/> long): always for a reduced
    /// design (A = L), on request for X (<see cref="WithColumns"/>); null otherwise.
    /// </summary>
    private readonly double[]? _transposed;

    /// <summary>The number of rows of the whole design (a view reads <see cref="_trials"/> of them).</summary>
    private readonly int _baseRows;

    /// <summary>The trials (rows of the whole design) a view reads, in order; null for the whole design.</summary>
    private readonly int[]? _trials;

    private LogisticDesign(
        ReadOnlyMemory<double> matrix, int[] rowStarts, int columns, int[] rowLengths, int featureCount, RowSpaceReduction? reduction,
        double[]? transposed = null, int[]? trials = null, int baseRows = -1)
    {
        _transposed = transposed;
        _trials = trials;
        _baseRows = baseRows < 0 ? rowStarts.Length : baseRows;
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
            return new LogisticDesign(reduction.Lower, RowStarts(rows, rows), rows, [.. Enumerable.Range(1, rows)], columns, reduction, Transpose(reduction.Lower, rows, rows));
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

        return new LogisticDesign(Matrix, rows, Columns, lengths, FeatureCount, Reduction, _transposed, [.. trials.Select(t => _trials?[t] ?? t)], _baseRows);
    }

    /// <summary>
    /// This whole design (X itself) with a column-major copy of X, so that <see cref="Logits"/> computes z column by
    /// column as a reduced design does: for the many fits of a resampling test, whose batched fits then match
    /// single fits bit for bit. One fit reads X in place instead.
    /// </summary>
    internal LogisticDesign WithColumns()
    {
        if (_transposed is not null || _trials is not null)
        {
            return this;
        }

        return new LogisticDesign(Matrix, _rowStarts, Columns, _rowLengths, FeatureCount, Reduction, Transpose(Matrix.Span, Rows, Columns));
    }

    /// <summary>z = Aθ + b for every row.</summary>
    /// <remarks>
    /// A reduced design computes z = Lβ column by column, z += β_j·(column j of L), with fused multiply-adds: each z_i
    /// is then one chain of FMAs over j in ascending order, exactly as the batched kernel computes it for 16 label
    /// vectors at once (<see cref="BatchKernels"/>), so the shuffle and permutation tests' batched fits take the very
    /// steps a single fit takes, bit for bit. So does X with its columns (<see cref="WithColumns"/>); X alone is read
    /// row by row, one SIMD dot product per trial.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Logits(ReadOnlySpan<double> weights, double intercept, Span<double> z)
    {
        if (_transposed is not null)
        {
            ColumnLogits(weights, intercept, z);
            return;
        }

        var matrix = Matrix.Span;
        for (var i = 0; i < Rows; i++)
        {
            var length = _rowLengths[i];
            z[i] = TensorPrimitives.Dot(matrix.Slice(_rowStarts[i], length), weights[..length]) + intercept;
        }
    }

    /// <summary>
    /// g += Aᵀr, reading A row by row in memory order, with fused multiply-adds: each g_j is one chain of FMAs over
    /// the rows in order, as in the batched kernel.
    /// </summary>
    public void AddTransposedProduct(ReadOnlySpan<double> r, Span<double> g) => AddTransposedProduct(0, Rows, r, g);

    /// <summary>True when the design is read row by row (X in place), which is what <see cref="LossAndTransposedProduct(ReadOnlySpan{double}, double, ReadOnlySpan{int}, Span{double}, Span{double})"/> needs.</summary>
    public bool ReadsRows => _transposed is null;

    /// <summary>
    /// For a design read row by row: the summed cross-entropy at z = Aw + b, the residuals σ(z) − y written into
    /// <paramref name="residuals"/>, and g += Aᵀ(σ(z) − y), in one pass over the rows, four at a time: a block of rows
    /// is read for its logits and, while it is still in the L1 cache, again for its share of the gradient (about 15 %
    /// faster than two passes on a training split in L2; half the traffic for a design that only fits in memory).
    /// The bits are those of <see cref="Logits"/>, <see cref="LogisticKernels.CrossEntropyAndResiduals"/> and
    /// <see cref="AddTransposedProduct(ReadOnlySpan{double}, Span{double})"/>: the same dot products, each entry's term
    /// and residual from the same kernel path, the terms added in the same order, the rows grouped from the same starts.
    /// </summary>
    public double LossAndTransposedProduct(ReadOnlySpan<double> weights, double intercept, ReadOnlySpan<int> labels, Span<double> residuals, Span<double> g) =>
        LossAndTransposedProduct(0, Rows, weights, intercept, labels, residuals, g);

    /// <summary>
    /// <see cref="LossAndTransposedProduct(ReadOnlySpan{double}, double, ReadOnlySpan{int}, Span{double}, Span{double})"/>
    /// over rows <paramref name="firstRow"/> … <paramref name="firstRow"/> + <paramref name="rowCount"/> − 1 only
    /// (<paramref name="firstRow"/> a multiple of 8), writing their residuals and adding their share of the loss and
    /// gradient: the two halves of a large design can run on two cores.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double LossAndTransposedProduct(
        int firstRow, int rowCount, ReadOnlySpan<double> weights, double intercept, ReadOnlySpan<int> labels, Span<double> residuals, Span<double> g)
    {
        if (firstRow % 8 != 0 || firstRow < 0 || rowCount < 0 || firstRow + rowCount > Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(firstRow), firstRow, $"Rows {firstRow} … {firstRow + rowCount - 1} are not a range of the design's {Rows} starting at a multiple of 8.");
        }

        if (!ReadsRows)
        {
            throw new InvalidOperationException("Only a design read row by row takes the one-pass evaluation.");
        }

        if (!Vector512.IsHardwareAccelerated && (firstRow, rowCount) == (0, Rows))
        {
            // The kernel takes whole spans on such machines: keep the two passes, so the bits stay the same.
            var logits = residuals; // z first, then overwritten in place by the residuals
            Logits(weights, intercept, logits);
            var twoPassLoss = LogisticKernels.CrossEntropyAndResiduals(logits, labels, residuals);
            AddTransposedProduct(residuals, g);
            return twoPassLoss;
        }

        // Entries below the last multiple of 8 take the kernel's 8-wide path (a block of 4 padded with zeros); the
        // rest take its whole-span path, together, as they do in one call over all rows.
        Span<double> z = stackalloc double[8];
        Span<int> y = stackalloc int[8];
        Span<double> r = stackalloc double[8];
        Span<double> terms = stackalloc double[8];
        z.Clear();
        y.Clear();
        var matrix = Matrix.Span;
        var vectorRows = Vector512.IsHardwareAccelerated ? Rows / 8 * 8 : 0;
        var end = firstRow + rowCount;
        var loss = 0.0;
        for (var first = firstRow; first < end;)
        {
            var count = first < vectorRows ? 4 : Math.Min(end - first, 8); // the tail (fewer than 8 rows) in one block
            for (var k = 0; k < count; k++)
            {
                var length = _rowLengths[first + k];
                z[k] = TensorPrimitives.Dot(matrix.Slice(_rowStarts[first + k], length), weights[..length]) + intercept;
                y[k] = labels[first + k];
            }

            var width = first < vectorRows ? 8 : count;
            LogisticKernels.TermsAndResiduals(z[..width], y[..width], r[..width], terms[..width]);
            r[..count].CopyTo(residuals.Slice(first, count));
            foreach (var term in terms[..count])
            {
                loss += term;
            }

            AddTransposedProduct(first, count, residuals.Slice(first, count), g);
            first += count;
        }

        return loss;
    }

    /// <summary>g += Σ r_k · (row first + k), for k &lt; count, rows taken four at a time from <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddTransposedProduct(int first, int count, ReadOnlySpan<double> r, Span<double> g)
    {
        var matrix = Matrix.Span;
        var k = 0;

        // Four rows at a time over the columns all four have, then each row's own remaining columns in row order:
        // every g_j still takes its rows' contributions in order, so the bits are those of one row at a time.
        for (; k + 4 <= count; k += 4)
        {
            var i = first + k;
            var shared = Math.Min(Math.Min(_rowLengths[i], _rowLengths[i + 1]), Math.Min(_rowLengths[i + 2], _rowLengths[i + 3]));
            FusedAxpy.Apply4(
                ref Row(matrix, i, shared), r[k], ref Row(matrix, i + 1, shared), r[k + 1],
                ref Row(matrix, i + 2, shared), r[k + 2], ref Row(matrix, i + 3, shared), r[k + 3],
                ref MemoryMarshal.GetReference(g[..shared]), shared);
            for (var row = 0; row < 4; row++)
            {
                FusedAxpy.Apply(matrix.Slice(_rowStarts[i + row] + shared, _rowLengths[i + row] - shared), r[k + row], g[shared..]);
            }
        }

        for (; k < count; k++)
        {
            FusedAxpy.Apply(matrix.Slice(_rowStarts[first + k], _rowLengths[first + k]), r[k], g);
        }
    }

    /// <summary>The start of row <paramref name="i"/>, bounds-checked for its first <paramref name="length"/> entries.</summary>
    private ref double Row(ReadOnlySpan<double> matrix, int i, int length) =>
        ref MemoryMarshal.GetReference(matrix.Slice(_rowStarts[i], length));

    /// <summary>z = Aβ + b by columns of A (see <see cref="Logits"/>); a view computes every trial and keeps its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ColumnLogits(ReadOnlySpan<double> weights, double intercept, Span<double> z)
    {
        var n = _baseRows;
        double[]? rented = null;
        var all = _trials is null ? z[..n] : n <= 1024 ? stackalloc double[n] : (rented = ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);
        all.Clear();
        var transposed = _transposed.AsSpan();
        var triangular = IsReduced;
        var j = 0;
        for (; j + 4 <= Columns; j += 4)
        {
            // Column j of L is zero above the diagonal: only rows j… contribute. Rows j, j + 1 and j + 2 take their
            // few entries of these four columns one by one; the rows below take all four columns in one pass. Either
            // way each z_i adds its columns in order, so the bits are those of one column at a time.
            var first = 0;
            if (triangular)
            {
                for (var row = j; row < j + 3; row++)
                {
                    for (var k = j; k <= row; k++)
                    {
                        all[row] = Math.FusedMultiplyAdd(transposed[k * n + row], weights[k], all[row]);
                    }
                }

                first = j + 3;
            }

            var length = n - first;
            FusedAxpy.Apply4(
                ref MemoryMarshal.GetReference(transposed.Slice(j * n + first, length)), weights[j],
                ref MemoryMarshal.GetReference(transposed.Slice((j + 1) * n + first, length)), weights[j + 1],
                ref MemoryMarshal.GetReference(transposed.Slice((j + 2) * n + first, length)), weights[j + 2],
                ref MemoryMarshal.GetReference(transposed.Slice((j + 3) * n + first, length)), weights[j + 3],
                ref MemoryMarshal.GetReference(all.Slice(first, length)), length);
        }

        for (; j < Columns; j++)
        {
            var first = triangular ? j : 0;
            FusedAxpy.Apply(transposed.Slice(j * n + first, n - first), weights[j], all[first..]);
        }

        if (_trials is null)
        {
            TensorPrimitives.Add(all, intercept, all);
        }
        else
        {
            for (var t = 0; t < _trials.Length; t++)
            {
                z[t] = all[_trials[t]] + intercept;
            }
        }

        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    private static double[] Transpose(ReadOnlySpan<double> matrix, int rows, int columns)
    {
        var transposed = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                transposed[j * rows + i] = matrix[i * columns + j];
            }
        }

        return transposed;
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
