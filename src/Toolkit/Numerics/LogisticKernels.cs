using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DecodingChoices.Numerics;

/// <summary>
/// The span-based SIMD kernels behind the reference track and the course's LogisticRegression. Each kernel writes into a destination the
/// caller owns, so a caller that reuses its buffers (a fit, a shuffle test) allocates nothing per call.
/// </summary>
internal static class LogisticKernels
{
    /// <summary>z = Xθ for a row-major matrix: <c>z[i] = Σ_j X[i, j] θ[j]</c>, one SIMD dot product per row.</summary>
    /// <param name="matrix">The matrix, row after row (rows × theta.Length elements).</param>
    /// <param name="theta">The weights, one per column.</param>
    /// <param name="z">The destination, one entry per row.</param>
    public static void MultiplyMatrixVector(ReadOnlySpan<double> matrix, ReadOnlySpan<double> theta, Span<double> z)
    {
        var columns = theta.Length;
        if (matrix.Length != z.Length * columns)
        {
            throw new ArgumentException($"The matrix has {matrix.Length} elements, not rows × columns = {z.Length} × {columns}.", nameof(matrix));
        }

        for (var i = 0; i < z.Length; i++)
        {
            z[i] = TensorPrimitives.Dot(matrix.Slice(i * columns, columns), theta);
        }
    }

    /// <summary>
    /// g = Xᵀr for a row-major matrix: <c>g[j] = Σ_i X[i, j] r[i]</c>, accumulated row by row with
    /// fused multiply-adds so X is streamed once in memory order.
    /// </summary>
    public static void MultiplyTransposedMatrixVector(ReadOnlySpan<double> matrix, ReadOnlySpan<double> r, Span<double> g)
    {
        var columns = g.Length;
        if (matrix.Length != r.Length * columns)
        {
            throw new ArgumentException($"The matrix has {matrix.Length} elements, not rows × columns = {r.Length} × {columns}.", nameof(matrix));
        }

        g.Clear();
        for (var i = 0; i < r.Length; i++)
        {
            TensorPrimitives.MultiplyAdd(matrix.Slice(i * columns, columns), r[i], g, g);
        }
    }

    /// <summary>
    /// σ(z) = 1 / (1 + e^(−z)) element-wise. For z below about −709, e^(−z) is +∞ and the quotient is
    /// exactly 0; for large z, e^(−z) is 0 and the quotient is exactly 1: finite for every finite z.
    /// </summary>
    public static void Sigmoid(ReadOnlySpan<double> z, Span<double> h) => TensorPrimitives.Sigmoid(z, h);

    /// <summary>
    /// The summed cross-entropy computed from the logits z, never from h: Σ_i [log(1 + e^(z_i)) − y_i z_i],
    /// with log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)), which neither overflows nor takes log(0).
    /// </summary>
    /// <param name="z">The logits.</param>
    /// <param name="y">The labels, 0 or 1.</param>
    /// <param name="scratch">Work space, at least as long as <paramref name="z"/>.</param>
    public static double SumCrossEntropyFromLogits(ReadOnlySpan<double> z, ReadOnlySpan<int> y, Span<double> scratch) =>
        CrossEntropyAndResiduals(z, y, scratch[..z.Length]);

    /// <summary>
    /// The summed cross-entropy from the logits (as <see cref="SumCrossEntropyFromLogits"/>), and in the same pass the
    /// residuals σ(z_i) − y_i written into <paramref name="residuals"/>: the two things a logistic-regression gradient
    /// needs. Both come from one e^(−|z|) per entry, so neither overflows for any z.
    /// </summary>
    public static double CrossEntropyAndResiduals(ReadOnlySpan<double> z, ReadOnlySpan<int> y, Span<double> residuals)
    {
        if (y.Length != z.Length || residuals.Length != z.Length)
        {
            throw new ArgumentException($"z has {z.Length} entries, y {y.Length} and residuals {residuals.Length}: they must match.");
        }

        double[]? rented = null;
        var terms = z.Length <= 512 ? stackalloc double[z.Length] : (rented = ArrayPool<double>.Shared.Rent(z.Length)).AsSpan(0, z.Length);
        TermsAndResiduals(z, y, residuals, terms);

        // The terms are added one after another, in order: near the optimum a line search compares losses that differ
        // by less than their rounding, and this order makes the sum the same, bit for bit, on every path.
        var loss = 0.0;
        foreach (var term in terms)
        {
            loss += term;
        }

        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        return loss;
    }

    /// <summary>
    /// Each entry's loss term max(z, 0) + log(1 + e^(−|z|)) − y z into <paramref name="terms"/> and its residual
    /// σ(z) − y into <paramref name="residuals"/>, without summing: for a caller that takes the rows a block at a time
    /// and adds the terms itself, in order. An entry's values do not depend on the block it comes in, as long as
    /// blocks start at multiples of 8.
    /// </summary>
    public static void TermsAndResiduals(ReadOnlySpan<double> z, ReadOnlySpan<int> y, Span<double> residuals, Span<double> terms)
    {
        if (y.Length != z.Length || residuals.Length != z.Length || terms.Length != z.Length)
        {
            throw new ArgumentException($"z has {z.Length} entries, y {y.Length}, residuals {residuals.Length} and terms {terms.Length}: they must match.");
        }

        // Eight entries at a time in one pass where the machine has 512-bit vectors (a fit asks this once per
        // evaluation, tens of thousands of times in a shuffle test); the rest by whole-span kernels.
        var done = Vector512.IsHardwareAccelerated ? z.Length / 8 * 8 : 0;
        TermsAndResiduals512(z[..done], y[..done], residuals[..done], terms[..done]);
        TermsAndResidualsBySpans(z[done..], y[done..], residuals[done..], terms[done..]);
    }

    /// <summary>max(z, 0) + log(1 + e^(−|z|)) − y z and σ(z) − y for each entry, 8 at a time (length a multiple of 8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TermsAndResiduals512(ReadOnlySpan<double> z, ReadOnlySpan<int> y, Span<double> residuals, Span<double> terms)
    {
        ref var z0 = ref MemoryMarshal.GetReference(z);
        ref var y0 = ref MemoryMarshal.GetReference(y);
        ref var r0 = ref MemoryMarshal.GetReference(residuals);
        ref var t0 = ref MemoryMarshal.GetReference(terms);
        var one = Vector512<double>.One;
        for (nuint i = 0; i < (nuint)z.Length; i += 8)
        {
            var zi = Vector512.LoadUnsafe(ref z0, i);
            var labels = Vector512.ConvertToDouble(Vector512.WidenLower(Vector256.LoadUnsafe(ref y0, i).ToVector512Unsafe()));
            var e = Vector512.Exp(-Vector512.Abs(zi));
            var onePlusE = one + e;
            var labelledZ = Vector512.ConditionalSelect(Vector512.Equals(labels, one), zi, Vector512<double>.Zero); // y z, even for z = ±∞
            (Vector512.Max(zi, Vector512<double>.Zero) + Vector512.Log(onePlusE) - labelledZ).StoreUnsafe(ref t0, i);
            var numerator = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(zi, Vector512<double>.Zero), one, e);
            (numerator / onePlusE - labels).StoreUnsafe(ref r0, i);
        }
    }

    /// <summary>The same terms and residuals by whole-span kernels, for any length and any machine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TermsAndResidualsBySpans(ReadOnlySpan<double> z, ReadOnlySpan<int> y, Span<double> residuals, Span<double> terms)
    {
        // e = e^(−|z|) and log(1 + e), each for all entries at once with SIMD; the loop then only adds and divides.
        TensorPrimitives.Abs(z, residuals);
        TensorPrimitives.Negate(residuals, residuals);
        TensorPrimitives.Exp(residuals, residuals);
        TensorPrimitives.Add(residuals, 1.0, terms);
        TensorPrimitives.Log(terms, terms);
        for (var i = 0; i < z.Length; i++)
        {
            var e = residuals[i];
            var zi = z[i];
            terms[i] = Math.Max(zi, 0) + terms[i] - (y[i] == 1 ? zi : 0);
            residuals[i] = (zi >= 0 ? 1 / (1 + e) : e / (1 + e)) - y[i];
        }
    }

    /// <summary>The number of entries where the prediction (1 when h ≥ 0.5, else 0) equals the label.</summary>
    public static int CountCorrect(ReadOnlySpan<double> h, ReadOnlySpan<int> y)
    {
        var correct = 0;
        for (var i = 0; i < h.Length; i++)
        {
            var predicted = h[i] >= 0.5 ? 1 : 0;
            correct += predicted == y[i] ? 1 : 0;
        }

        return correct;
    }
}
