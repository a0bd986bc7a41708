using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

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
        TensorPrimitives.Negate(gradient, direction);
        var coefficients = _buffer.AsSpan(_coefficientsOffset, _slots);
        var slot = _newest;
        for (var k = 0; k < Count; k++)
        {
            var alpha = _buffer[_inverseCurvaturesOffset + slot] * TensorPrimitives.Dot<double>(Step(slot), direction);
            coefficients[slot] = alpha;
            TensorPrimitives.MultiplyAdd(GradientChange(slot), -alpha, direction, direction);
            slot = slot == 0 ? _slots - 1 : slot - 1;
        }

        TensorPrimitives.Multiply(direction, _initialScaling, direction);
        for (var k = 0; k < Count; k++)
        {
            slot = slot == _slots - 1 ? 0 : slot + 1;
            var beta = _buffer[_inverseCurvaturesOffset + slot] * TensorPrimitives.Dot<double>(GradientChange(slot), direction);
            TensorPrimitives.MultiplyAdd(Step(slot), coefficients[slot] - beta, direction, direction);
        }
    }

    private Span<double> Step(int slot) => _buffer.AsSpan(_stepsOffset + slot * _dimension, _dimension);

    private Span<double> GradientChange(int slot) => _buffer.AsSpan(_gradientChangesOffset + slot * _dimension, _dimension);
}
