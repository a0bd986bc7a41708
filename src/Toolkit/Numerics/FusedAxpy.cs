using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DecodingChoices.Numerics;

/// <summary>
/// y ← a·x + y with one fused multiply-add per entry (rounded once): the step the single-fit path takes n times per
/// product on a small factor. It gives exactly <c>TensorPrimitives.FusedMultiplyAdd(x, a, y, y)</c>'s bits, entry by
/// entry, on any vector width, but inlines into the caller's loop: on 220-long rows the call overhead was a third of
/// the work.
/// </summary>
internal static class FusedAxpy
{
    /// <summary>y[i] = fma(x[i], a, y[i]) for every i (y at least as long as x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply(ReadOnlySpan<double> x, double a, Span<double> y)
    {
        var length = x.Length;
        if ((uint)y.Length < (uint)length)
        {
            throw new ArgumentException("y is shorter than x.", nameof(y));
        }

        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var y0 = ref MemoryMarshal.GetReference(y);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var av = Vector512.Create(a);
            for (; i + 8 <= length; i += 8)
            {
                Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x0, (nuint)i), av, Vector512.LoadUnsafe(ref y0, (nuint)i)).StoreUnsafe(ref y0, (nuint)i);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var av = Vector256.Create(a);
            for (; i + 4 <= length; i += 4)
            {
                Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x0, (nuint)i), av, Vector256.LoadUnsafe(ref y0, (nuint)i)).StoreUnsafe(ref y0, (nuint)i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref y0, i) = Math.FusedMultiplyAdd(Unsafe.Add(ref x0, i), a, Unsafe.Add(ref y0, i));
        }
    }

    /// <summary>
    /// y ← a₃x₃ + (a₂x₂ + (a₁x₁ + (a₀x₀ + y))) over the first <paramref name="length"/> entries: exactly the bits of
    /// four <see cref="Apply"/> calls in that order, with one load and one store of y instead of four (the products
    /// of a fit are bound by those loads and stores, not by arithmetic).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Apply4(
        ref double x0, double a0, ref double x1, double a1, ref double x2, double a2, ref double x3, double a3, ref double y, int length)
    {
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<double> v0 = Vector512.Create(a0), v1 = Vector512.Create(a1), v2 = Vector512.Create(a2), v3 = Vector512.Create(a3);
            for (; i + 8 <= length; i += 8)
            {
                var o = (nuint)i;
                var sum = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x0, o), v0, Vector512.LoadUnsafe(ref y, o));
                sum = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x1, o), v1, sum);
                sum = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x2, o), v2, sum);
                Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x3, o), v3, sum).StoreUnsafe(ref y, o);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> v0 = Vector256.Create(a0), v1 = Vector256.Create(a1), v2 = Vector256.Create(a2), v3 = Vector256.Create(a3);
            for (; i + 4 <= length; i += 4)
            {
                var o = (nuint)i;
                var sum = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x0, o), v0, Vector256.LoadUnsafe(ref y, o));
                sum = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x1, o), v1, sum);
                sum = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x2, o), v2, sum);
                Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x3, o), v3, sum).StoreUnsafe(ref y, o);
            }
        }

        for (; i < length; i++)
        {
            var sum = Math.FusedMultiplyAdd(Unsafe.Add(ref x0, i), a0, Unsafe.Add(ref y, i));
            sum = Math.FusedMultiplyAdd(Unsafe.Add(ref x1, i), a1, sum);
            sum = Math.FusedMultiplyAdd(Unsafe.Add(ref x2, i), a2, sum);
            Unsafe.Add(ref y, i) = Math.FusedMultiplyAdd(Unsafe.Add(ref x3, i), a3, sum);
        }
    }
}
