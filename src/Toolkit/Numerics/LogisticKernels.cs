using System.Numerics.Tensors;

namespace DecodingChoices.Numerics;

/// <summary>
/// The span-based SIMD kernels behind the reference track and the course's LogisticRegression. Each kernel writes into a destination the
/// caller owns, so a caller that reuses its buffers (a fit, a shuffle test) allocates nothing per call.
/// </summary>
public static class LogisticKernels
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
    public static double SumCrossEntropyFromLogits(ReadOnlySpan<double> z, ReadOnlySpan<int> y, Span<double> scratch)
    {
        var work = scratch[..z.Length];
        TensorPrimitives.Abs(z, work);
        TensorPrimitives.Negate(work, work);
        TensorPrimitives.Exp(work, work);
        TensorPrimitives.LogP1(work, work);
        var softplusTail = TensorPrimitives.Sum<double>(work);

        var positivePart = 0.0;
        var labelledLogits = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            positivePart += Math.Max(z[i], 0.0);
            labelledLogits += y[i] == 1 ? z[i] : 0.0;
        }

        return softplusTail + positivePart - labelledLogits;
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
