using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DecodingChoices.Numerics;

/// <summary>
/// The two matrix–matrix products behind fitting many label vectors at once against one design A (rows × columns,
/// row-major): Z = A P (the logits of <see cref="Width"/> problems) and G = P·s + Aᵀ R (their gradients).
/// P, Z, R and G are "lane-interleaved": row j holds the <see cref="Width"/> problems' values side by side, so one
/// SIMD register holds one entry of 8 (or 4) problems.
/// </summary>
/// <remarks>
/// <para>
/// Why this is fast: a matrix–vector product reads each entry of A once per multiply-add, so it runs at the speed
/// memory (or L2) delivers A. Here each entry of A, loaded once, is multiplied into 16 problems, and a block of
/// 4 rows of A is kept against 2 registers of P ("register blocking": 8 independent accumulators, enough to keep
/// both FMA units busy while each waits for its previous result).
/// </para>
/// <para>
/// Why the result does not depend on the batch: every lane is one problem, and each of its entries is one chain
/// of fused multiply-adds in a fixed order (j ascending for Z, i ascending for G) from a fixed start. Nothing
/// mixes lanes, so a problem gives the same bits whichever lane, batch or thread it runs in, and the
/// <see cref="Vector512"/>, <see cref="Vector256"/> and scalar paths agree bit for bit (a scalar
/// <see cref="Math.FusedMultiplyAdd"/> rounds exactly as a vector FMA lane). For a lower-triangular A (a row-space
/// factor) the zeros above the diagonal are skipped except inside a block of rows, where adding 0·p leaves a
/// finite sum unchanged.
/// </para>
/// </remarks>
internal static class BatchKernels
{
    /// <summary>Problems per batch: the lane count of P, Z, R and G.</summary>
    public const int Width = 16;

    /// <summary>Which instruction set the kernels use (for tests that compare the paths).</summary>
    internal enum Path
    {
        Scalar,
        Vector256,
        Vector512,
    }

    /// <summary>The fastest path this machine accelerates.</summary>
    public static Path Best =>
        Vector512.IsHardwareAccelerated ? Path.Vector512 : Vector256.IsHardwareAccelerated ? Path.Vector256 : Path.Scalar;

    /// <summary>
    /// Z = A P: <c>z[i, k] = Σ_j a[i, j] p[j, k]</c>, for A of <paramref name="rows"/> × <paramref name="columns"/>
    /// (lower-triangular when <paramref name="lowerTriangular"/>), P of columns × <see cref="Width"/>, Z of rows × Width.
    /// </summary>
    public static void Multiply(ReadOnlySpan<double> a, int rows, int columns, bool lowerTriangular, ReadOnlySpan<double> p, Span<double> z) =>
        Multiply(a, rows, columns, lowerTriangular, p, z, Best);

    /// <summary>
    /// G = s·P + Aᵀ R: <c>g[j, k] = s p[j, k] + Σ_i a[i, j] r[i, k]</c>, for R of rows × <see cref="Width"/> and P, G of
    /// columns × Width (s = 1/C adds the L2 penalty's gradient; 0 for none).
    /// </summary>
    public static void MultiplyTransposed(ReadOnlySpan<double> a, int rows, int columns, bool lowerTriangular, ReadOnlySpan<double> r, ReadOnlySpan<double> p, double scale, Span<double> g) =>
        MultiplyTransposed(a, rows, columns, lowerTriangular, r, p, scale, g, Best);

    /// <inheritdoc cref="Multiply(ReadOnlySpan{double}, int, int, bool, ReadOnlySpan{double}, Span{double})"/>
    internal static void Multiply(ReadOnlySpan<double> a, int rows, int columns, bool lowerTriangular, ReadOnlySpan<double> p, Span<double> z, Path path)
    {
        CheckLengths(a, rows, columns, lowerTriangular, p.Length, columns, z.Length, rows);
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var p0 = ref MemoryMarshal.GetReference(p);
        ref var z0 = ref MemoryMarshal.GetReference(z);
        var i = 0;
        if (path == Path.Vector512)
        {
            for (; i + 4 <= rows; i += 4)
            {
                MultiplyRows4x16(ref a0, columns, i, lowerTriangular ? Math.Min(i + 4, columns) : columns, ref p0, ref z0);
            }
        }
        else if (path == Path.Vector256)
        {
            for (; i + 2 <= rows; i += 2)
            {
                MultiplyRows2x16(ref a0, columns, i, lowerTriangular ? Math.Min(i + 2, columns) : columns, ref p0, ref z0);
            }
        }

        for (; i < rows; i++)
        {
            MultiplyRowScalar(ref a0, columns, i, lowerTriangular ? Math.Min(i + 1, columns) : columns, ref p0, ref z0);
        }
    }

    /// <inheritdoc cref="MultiplyTransposed(ReadOnlySpan{double}, int, int, bool, ReadOnlySpan{double}, ReadOnlySpan{double}, double, Span{double})"/>
    internal static void MultiplyTransposed(ReadOnlySpan<double> a, int rows, int columns, bool lowerTriangular, ReadOnlySpan<double> r, ReadOnlySpan<double> p, double scale, Span<double> g, Path path)
    {
        CheckLengths(a, rows, columns, lowerTriangular, r.Length, rows, g.Length, columns);
        if (p.Length != columns * Width)
        {
            throw new ArgumentException($"P has {p.Length} entries, not {columns} × {Width}.", nameof(p));
        }

        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var r0 = ref MemoryMarshal.GetReference(r);
        ref var p0 = ref MemoryMarshal.GetReference(p);
        ref var g0 = ref MemoryMarshal.GetReference(g);

        // A block of columns reads A down its rows, one cache line per row. A triangular factor is small and stays in
        // cache; a tall X does not, so its rows are taken RowChunk at a time (that slab of X stays in L2 while every
        // column block passes over it), each block's sums carried over in G between slabs. The order of every sum is
        // unchanged: the start (s·p) on the first slab, then row after row.
        var chunk = lowerTriangular ? Math.Max(rows, 1) : RowChunk;
        for (var first = 0; first < rows || first == 0; first += chunk)
        {
            var end = Math.Min(rows, first + chunk);
            var j = 0;
            if (path == Path.Vector512)
            {
                for (; j + 4 <= columns; j += 4)
                {
                    TransposedColumns4x16(ref a0, end, columns, j, lowerTriangular ? j : first, first > 0, ref r0, ref p0, scale, ref g0);
                }
            }
            else if (path == Path.Vector256)
            {
                for (; j + 2 <= columns; j += 2)
                {
                    TransposedColumns2x16(ref a0, end, columns, j, lowerTriangular ? j : first, first > 0, ref r0, ref p0, scale, ref g0);
                }
            }

            for (; j < columns; j++)
            {
                TransposedColumnScalar(ref a0, end, columns, j, lowerTriangular ? j : first, first > 0, ref r0, ref p0, scale, ref g0);
            }

            if (end >= rows)
            {
                break;
            }
        }
    }

    /// <summary>Rows of a tall A per slab of the transposed product (about 350 KB of a 691-column X).</summary>
    internal const int RowChunk = 64;

    private static void CheckLengths(ReadOnlySpan<double> a, int rows, int columns, bool lowerTriangular, int inLength, int inRows, int outLength, int outRows)
    {
        if (a.Length < (long)rows * columns)
        {
            throw new ArgumentException($"A has {a.Length} entries, fewer than {rows} × {columns}.", nameof(a));
        }

        if (lowerTriangular && rows > columns)
        {
            throw new ArgumentException($"A lower-triangular A is square or wide, not {rows} × {columns}.", nameof(lowerTriangular));
        }

        if (inLength != inRows * Width || outLength != outRows * Width)
        {
            throw new ArgumentException($"The blocks must be {inRows} × {Width} in and {outRows} × {Width} out, not {inLength} and {outLength} entries.");
        }
    }

    /// <summary>Rows i..i+3 of Z, all 16 lanes, over j &lt; <paramref name="end"/>: 8 Vector512 accumulators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyRows4x16(ref double a, int columns, int i, int end, ref double p, ref double z)
    {
        Vector512<double> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
        ref var row0 = ref Unsafe.Add(ref a, i * columns);
        ref var row1 = ref Unsafe.Add(ref row0, columns);
        ref var row2 = ref Unsafe.Add(ref row1, columns);
        ref var row3 = ref Unsafe.Add(ref row2, columns);
        for (var j = 0; j < end; j++)
        {
            var p0 = Vector512.LoadUnsafe(ref p, (nuint)(j * Width));
            var p1 = Vector512.LoadUnsafe(ref p, (nuint)(j * Width + 8));
            var a0 = Vector512.Create(Unsafe.Add(ref row0, j));
            var a1 = Vector512.Create(Unsafe.Add(ref row1, j));
            var a2 = Vector512.Create(Unsafe.Add(ref row2, j));
            var a3 = Vector512.Create(Unsafe.Add(ref row3, j));
            c00 = Vector512.FusedMultiplyAdd(a0, p0, c00);
            c01 = Vector512.FusedMultiplyAdd(a0, p1, c01);
            c10 = Vector512.FusedMultiplyAdd(a1, p0, c10);
            c11 = Vector512.FusedMultiplyAdd(a1, p1, c11);
            c20 = Vector512.FusedMultiplyAdd(a2, p0, c20);
            c21 = Vector512.FusedMultiplyAdd(a2, p1, c21);
            c30 = Vector512.FusedMultiplyAdd(a3, p0, c30);
            c31 = Vector512.FusedMultiplyAdd(a3, p1, c31);
        }

        var o = (nuint)(i * Width);
        c00.StoreUnsafe(ref z, o);
        c01.StoreUnsafe(ref z, o + 8);
        c10.StoreUnsafe(ref z, o + Width);
        c11.StoreUnsafe(ref z, o + Width + 8);
        c20.StoreUnsafe(ref z, o + 2 * Width);
        c21.StoreUnsafe(ref z, o + 2 * Width + 8);
        c30.StoreUnsafe(ref z, o + 3 * Width);
        c31.StoreUnsafe(ref z, o + 3 * Width + 8);
    }

    /// <summary>Rows i..i+1 of Z, all 16 lanes, over j &lt; <paramref name="end"/>: 8 Vector256 accumulators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyRows2x16(ref double a, int columns, int i, int end, ref double p, ref double z)
    {
        Vector256<double> c00 = default, c01 = default, c02 = default, c03 = default, c10 = default, c11 = default, c12 = default, c13 = default;
        ref var row0 = ref Unsafe.Add(ref a, i * columns);
        ref var row1 = ref Unsafe.Add(ref row0, columns);
        for (var j = 0; j < end; j++)
        {
            var o = (nuint)(j * Width);
            var p0 = Vector256.LoadUnsafe(ref p, o);
            var p1 = Vector256.LoadUnsafe(ref p, o + 4);
            var p2 = Vector256.LoadUnsafe(ref p, o + 8);
            var p3 = Vector256.LoadUnsafe(ref p, o + 12);
            var a0 = Vector256.Create(Unsafe.Add(ref row0, j));
            var a1 = Vector256.Create(Unsafe.Add(ref row1, j));
            c00 = Vector256.FusedMultiplyAdd(a0, p0, c00);
            c01 = Vector256.FusedMultiplyAdd(a0, p1, c01);
            c02 = Vector256.FusedMultiplyAdd(a0, p2, c02);
            c03 = Vector256.FusedMultiplyAdd(a0, p3, c03);
            c10 = Vector256.FusedMultiplyAdd(a1, p0, c10);
            c11 = Vector256.FusedMultiplyAdd(a1, p1, c11);
            c12 = Vector256.FusedMultiplyAdd(a1, p2, c12);
            c13 = Vector256.FusedMultiplyAdd(a1, p3, c13);
        }

        var s = (nuint)(i * Width);
        c00.StoreUnsafe(ref z, s);
        c01.StoreUnsafe(ref z, s + 4);
        c02.StoreUnsafe(ref z, s + 8);
        c03.StoreUnsafe(ref z, s + 12);
        c10.StoreUnsafe(ref z, s + Width);
        c11.StoreUnsafe(ref z, s + Width + 4);
        c12.StoreUnsafe(ref z, s + Width + 8);
        c13.StoreUnsafe(ref z, s + Width + 12);
    }

    /// <summary>Row i of Z, lane by lane with scalar FMAs: the reference the vector paths must equal.</summary>
    private static void MultiplyRowScalar(ref double a, int columns, int i, int end, ref double p, ref double z)
    {
        ref var row = ref Unsafe.Add(ref a, i * columns);
        for (var k = 0; k < Width; k++)
        {
            var sum = 0.0;
            for (var j = 0; j < end; j++)
            {
                sum = Math.FusedMultiplyAdd(Unsafe.Add(ref row, j), Unsafe.Add(ref p, j * Width + k), sum);
            }

            Unsafe.Add(ref z, i * Width + k) = sum;
        }
    }

    /// <summary>Rows j..j+3 of G (columns j..j+3 of A), all 16 lanes, over i ≥ <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TransposedColumns4x16(ref double a, int rows, int columns, int j, int start, bool resume, ref double r, ref double p, double scale, ref double g)
    {
        var o = (nuint)(j * Width);
        ref var from = ref resume ? ref g : ref p;
        var s = Vector512.Create(resume ? 1.0 : scale);
        var c00 = Vector512.LoadUnsafe(ref from, o) * s;
        var c01 = Vector512.LoadUnsafe(ref from, o + 8) * s;
        var c10 = Vector512.LoadUnsafe(ref from, o + Width) * s;
        var c11 = Vector512.LoadUnsafe(ref from, o + Width + 8) * s;
        var c20 = Vector512.LoadUnsafe(ref from, o + 2 * Width) * s;
        var c21 = Vector512.LoadUnsafe(ref from, o + 2 * Width + 8) * s;
        var c30 = Vector512.LoadUnsafe(ref from, o + 3 * Width) * s;
        var c31 = Vector512.LoadUnsafe(ref from, o + 3 * Width + 8) * s;
        for (var i = start; i < rows; i++)
        {
            var r0 = Vector512.LoadUnsafe(ref r, (nuint)(i * Width));
            var r1 = Vector512.LoadUnsafe(ref r, (nuint)(i * Width + 8));
            ref var ai = ref Unsafe.Add(ref a, i * columns + j);
            var a0 = Vector512.Create(ai);
            var a1 = Vector512.Create(Unsafe.Add(ref ai, 1));
            var a2 = Vector512.Create(Unsafe.Add(ref ai, 2));
            var a3 = Vector512.Create(Unsafe.Add(ref ai, 3));
            c00 = Vector512.FusedMultiplyAdd(a0, r0, c00);
            c01 = Vector512.FusedMultiplyAdd(a0, r1, c01);
            c10 = Vector512.FusedMultiplyAdd(a1, r0, c10);
            c11 = Vector512.FusedMultiplyAdd(a1, r1, c11);
            c20 = Vector512.FusedMultiplyAdd(a2, r0, c20);
            c21 = Vector512.FusedMultiplyAdd(a2, r1, c21);
            c30 = Vector512.FusedMultiplyAdd(a3, r0, c30);
            c31 = Vector512.FusedMultiplyAdd(a3, r1, c31);
        }

        c00.StoreUnsafe(ref g, o);
        c01.StoreUnsafe(ref g, o + 8);
        c10.StoreUnsafe(ref g, o + Width);
        c11.StoreUnsafe(ref g, o + Width + 8);
        c20.StoreUnsafe(ref g, o + 2 * Width);
        c21.StoreUnsafe(ref g, o + 2 * Width + 8);
        c30.StoreUnsafe(ref g, o + 3 * Width);
        c31.StoreUnsafe(ref g, o + 3 * Width + 8);
    }

    /// <summary>Rows j..j+1 of G, all 16 lanes, over i ≥ <paramref name="start"/>: 8 Vector256 accumulators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TransposedColumns2x16(ref double a, int rows, int columns, int j, int start, bool resume, ref double r, ref double p, double scale, ref double g)
    {
        var o = (nuint)(j * Width);
        ref var from = ref resume ? ref g : ref p;
        var s = Vector256.Create(resume ? 1.0 : scale);
        var c00 = Vector256.LoadUnsafe(ref from, o) * s;
        var c01 = Vector256.LoadUnsafe(ref from, o + 4) * s;
        var c02 = Vector256.LoadUnsafe(ref from, o + 8) * s;
        var c03 = Vector256.LoadUnsafe(ref from, o + 12) * s;
        var c10 = Vector256.LoadUnsafe(ref from, o + Width) * s;
        var c11 = Vector256.LoadUnsafe(ref from, o + Width + 4) * s;
        var c12 = Vector256.LoadUnsafe(ref from, o + Width + 8) * s;
        var c13 = Vector256.LoadUnsafe(ref from, o + Width + 12) * s;
        for (var i = start; i < rows; i++)
        {
            var q = (nuint)(i * Width);
            var r0 = Vector256.LoadUnsafe(ref r, q);
            var r1 = Vector256.LoadUnsafe(ref r, q + 4);
            var r2 = Vector256.LoadUnsafe(ref r, q + 8);
            var r3 = Vector256.LoadUnsafe(ref r, q + 12);
            ref var ai = ref Unsafe.Add(ref a, i * columns + j);
            var a0 = Vector256.Create(ai);
            var a1 = Vector256.Create(Unsafe.Add(ref ai, 1));
            c00 = Vector256.FusedMultiplyAdd(a0, r0, c00);
            c01 = Vector256.FusedMultiplyAdd(a0, r1, c01);
            c02 = Vector256.FusedMultiplyAdd(a0, r2, c02);
            c03 = Vector256.FusedMultiplyAdd(a0, r3, c03);
            c10 = Vector256.FusedMultiplyAdd(a1, r0, c10);
            c11 = Vector256.FusedMultiplyAdd(a1, r1, c11);
            c12 = Vector256.FusedMultiplyAdd(a1, r2, c12);
            c13 = Vector256.FusedMultiplyAdd(a1, r3, c13);
        }

        c00.StoreUnsafe(ref g, o);
        c01.StoreUnsafe(ref g, o + 4);
        c02.StoreUnsafe(ref g, o + 8);
        c03.StoreUnsafe(ref g, o + 12);
        c10.StoreUnsafe(ref g, o + Width);
        c11.StoreUnsafe(ref g, o + Width + 4);
        c12.StoreUnsafe(ref g, o + Width + 8);
        c13.StoreUnsafe(ref g, o + Width + 12);
    }

    /// <summary>Row j of G, lane by lane with scalar FMAs.</summary>
    private static void TransposedColumnScalar(ref double a, int rows, int columns, int j, int start, bool resume, ref double r, ref double p, double scale, ref double g)
    {
        for (var k = 0; k < Width; k++)
        {
            var sum = resume ? Unsafe.Add(ref g, j * Width + k) : Unsafe.Add(ref p, j * Width + k) * scale;
            for (var i = start; i < rows; i++)
            {
                sum = Math.FusedMultiplyAdd(Unsafe.Add(ref a, i * columns + j), Unsafe.Add(ref r, i * Width + k), sum);
            }

            Unsafe.Add(ref g, j * Width + k) = sum;
        }
    }
}
