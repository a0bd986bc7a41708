using System.Runtime.CompilerServices;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DecodingChoices.Optimization;

/// <summary>
/// The last m step pairs of L-BFGS, sₖ = xₖ₊₁ − xₖ and yₖ = ∇fₖ₊₁ − ∇fₖ, in a ring, and the two-loop
/// recursion (Nocedal &amp; Wright, Algorithm 7.4) that turns a gradient into the quasi-Newton direction
/// d = −H∇f without ever forming the n × n matrix H. Memory and work are O(m·n).
/// </summary>
/// <remarks>
/// The ring has m + 1 slots, so a candidate pair is written into a free slot and a rejected candidate never
/// overwrites a remembered pair.
/// </remarks>
internal sealed class LbfgsMemory
{
    private readonly double[] _buffer;
    private readonly int _stepsOffset;
    private readonly int _gradientChangesOffset;
    private readonly int _inverseCurvaturesOffset;
    private readonly int _coefficientsOffset;
    private readonly int _dimension;
    private readonly int _capacity;
    private readonly int _slots;
    private int _newest = -1;
    private double _initialScaling = 1;

    /// <summary>Lays the memory out in <paramref name="buffer"/> from <paramref name="offset"/>; uses <see cref="Length"/> doubles.</summary>
    public LbfgsMemory(double[] buffer, int offset, int dimension, int capacity)
    {
        _buffer = buffer;
        _dimension = dimension;
        _capacity = capacity;
        _slots = capacity + 1;
        _stepsOffset = offset;
        _gradientChangesOffset = _stepsOffset + _slots * dimension;
        _inverseCurvaturesOffset = _gradientChangesOffset + _slots * dimension;
        _coefficientsOffset = _inverseCurvaturesOffset + _slots;
    }

    /// <summary>Doubles needed for <paramref name="dimension"/> parameters and <paramref name="capacity"/> pairs.</summary>
    public static long Length(int dimension, int capacity) => 2 * (capacity + 1L) * (dimension + 1L);

    /// <summary>Pairs currently remembered.</summary>
    public int Count { get; private set; }

    /// <summary>Where the next step s is to be written before <see cref="TryCommit"/>.</summary>
    public Span<double> PendingStep => Step(NextSlot);

    /// <summary>Where the next gradient change y is to be written before <see cref="TryCommit"/>.</summary>
    public Span<double> PendingGradientChange => GradientChange(NextSlot);

    private int NextSlot => (_newest + 1) % _slots;

    /// <summary>Forgets every pair (the next direction is steepest descent).</summary>
    public void Clear()
    {
        Count = 0;
        _newest = -1;
        _initialScaling = 1;
    }

    /// <summary>
    /// Keeps the pending pair if it shows positive curvature, sᵀy &gt; ε·(−∇fₖᵀs) as in L-BFGS-B; otherwise the
    /// pair would make H indefinite, and it is skipped.
    /// </summary>
    /// <param name="gradientDotStep">∇fₖᵀs at the old point (negative for a descent step).</param>
    /// <returns>Whether the pair was kept.</returns>
    public bool TryCommit(double gradientDotStep)
    {
        var slot = NextSlot;
        var step = Step(slot);
        var change = GradientChange(slot);
        var curvature = TensorPrimitives.Dot<double>(step, change);
        var changeSquared = TensorPrimitives.Dot<double>(change, change);
        if (!(curvature > FloatingPoint.MachineEpsilon * -gradientDotStep) || !double.IsFinite(changeSquared) || changeSquared == 0)
        {
            return false;
        }

        _buffer[_inverseCurvaturesOffset + slot] = 1 / curvature;
        _initialScaling = curvature / changeSquared;
        _newest = slot;
        Count = Math.Min(Count + 1, _capacity);
        return true;
    }

    /// <summary>
    /// Writes d = −H∇f into <paramref name="direction"/>, where H approximates the inverse Hessian from the
    /// remembered pairs, starting from H₀ = γI with γ = sᵀy / yᵀy of the newest pair.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ComputeDirection(ReadOnlySpan<double> gradient, Span<double> direction)
    {
        // The two-loop recursion, each update of the direction fused with the dot product that follows it: one pass
        // over the vectors per remembered pair and loop, instead of two calls each (the vectors are short and in L1,
        // so the calls were most of the cost).
        TensorPrimitives.Negate(gradient, direction);
        var coefficients = _buffer.AsSpan(_coefficientsOffset, _slots);
        var curvatures = _buffer.AsSpan(_inverseCurvaturesOffset, _slots);
        if (Count == 0)
        {
            TensorPrimitives.Multiply(direction, _initialScaling, direction);
            return;
        }

        var slot = _newest;
        var dot = TensorPrimitives.Dot<double>(Step(slot), direction);
        for (var k = 0; k < Count; k++)
        {
            var alpha = curvatures[slot] * dot;
            coefficients[slot] = alpha;
            var next = slot == 0 ? _slots - 1 : slot - 1;
            var nextVector = k + 1 < Count ? Step(next) : default;
            dot = AxpyThenDot(GradientChange(slot), -alpha, direction, 1.0, nextVector);
            slot = next;
        }

        // slot is now one before the oldest pair: scale, and take the first dot of the second loop in the same pass.
        slot = slot == _slots - 1 ? 0 : slot + 1;
        dot = AxpyThenDot(default, 0, direction, _initialScaling, GradientChange(slot));
        for (var k = 0; k < Count; k++)
        {
            var beta = curvatures[slot] * dot;
            var next = slot == _slots - 1 ? 0 : slot + 1;
            var nextVector = k + 1 < Count ? GradientChange(next) : default;
            dot = AxpyThenDot(Step(slot), coefficients[slot] - beta, direction, 1.0, nextVector);
            slot = next;
        }
    }

    /// <summary>
    /// q ← scale·q + a·x (x may be empty: then only the scaling), and returns next·q with the new q (0 when next is
    /// empty), in one pass, with one fused multiply-add per entry.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double AxpyThenDot(ReadOnlySpan<double> x, double a, Span<double> q, double scale, ReadOnlySpan<double> next)
    {
        var n = q.Length;
        var hasX = !x.IsEmpty;
        var hasNext = !next.IsEmpty;
        if ((hasX && x.Length != n) || (hasNext && next.Length != n))
        {
            throw new ArgumentException("The vectors of the two-loop recursion must have one length.");
        }

        ref var q0 = ref MemoryMarshal.GetReference(q);
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var n0 = ref MemoryMarshal.GetReference(next);
        var i = 0;
        var sum = 0.0;
        if (Vector512.IsHardwareAccelerated && n >= 8)
        {
            var av = Vector512.Create(a);
            var sv = Vector512.Create(scale);
            var acc = Vector512<double>.Zero;
            for (; i + 8 <= n; i += 8)
            {
                var o = (nuint)i;
                var value = Vector512.LoadUnsafe(ref q0, o);
                value = hasX ? Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x0, o), av, value) : value * sv;
                value.StoreUnsafe(ref q0, o);
                if (hasNext)
                {
                    acc = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref n0, o), value, acc);
                }
            }

            sum = Vector512.Sum(acc);
        }

        for (; i < n; i++)
        {
            var value = hasX ? Math.FusedMultiplyAdd(Unsafe.Add(ref x0, i), a, Unsafe.Add(ref q0, i)) : Unsafe.Add(ref q0, i) * scale;
            Unsafe.Add(ref q0, i) = value;
            if (hasNext)
            {
                sum = Math.FusedMultiplyAdd(Unsafe.Add(ref n0, i), value, sum);
            }
        }

        return sum;
    }

    private Span<double> Step(int slot) => _buffer.AsSpan(_stepsOffset + slot * _dimension, _dimension);

    private Span<double> GradientChange(int slot) => _buffer.AsSpan(_gradientChangesOffset + slot * _dimension, _dimension);
}
