using System.Buffers;

namespace DecodingChoices.Optimization;

/// <summary>
/// Every buffer one <see cref="Minimizer"/> call needs, rented once from the shared array pool and returned
/// at the end, so the iteration loop allocates nothing and thousands of fits in a row reuse the same memory.
/// </summary>
internal sealed class MinimizerWorkspace : IDisposable
{
    private const int VectorCount = 7;
    private const int InitialHistoryCapacity = 1024;

    private readonly int _dimension;
    private double[] _buffer;
    private double[] _lossHistory;

    public MinimizerWorkspace(int dimension, MinimizeOptions options)
    {
        _dimension = dimension;
        var historySize = options.Method == MinimizeMethod.Lbfgs ? options.HistorySize : 0;
        _buffer = ArrayPool<double>.Shared.Rent((int)RequiredLength(dimension, options));
        Memory = historySize > 0 ? new LbfgsMemory(_buffer, VectorCount * dimension, dimension, historySize) : null;
        _lossHistory = ArrayPool<double>.Shared.Rent((int)Math.Min(options.MaxIterations + 1L, InitialHistoryCapacity));
    }

    /// <summary>Doubles one run needs for <paramref name="dimension"/> parameters (can exceed what an array holds).</summary>
    public static long RequiredLength(int dimension, MinimizeOptions options) =>
        VectorCount * (long)dimension + (options.Method == MinimizeMethod.Lbfgs ? LbfgsMemory.Length(dimension, options.HistorySize) : 0);

    /// <summary>The current point xₖ.</summary>
    public Span<double> Point => Vector(0);

    /// <summary>∇f(xₖ).</summary>
    public Span<double> Gradient => Vector(1);

    /// <summary>The search direction dₖ.</summary>
    public Span<double> Direction => Vector(2);

    /// <summary>The L-BFGS pairs; null for gradient descent.</summary>
    public LbfgsMemory? Memory { get; }

    /// <summary>Values recorded by <see cref="RecordLoss"/>.</summary>
    public int LossCount { get; private set; }

    /// <summary>Trial point number <paramref name="slot"/> (0 or 1) of a line search.</summary>
    public Span<double> TrialPoint(int slot) => Vector(3 + slot);

    /// <summary>The gradient at trial point number <paramref name="slot"/>.</summary>
    public Span<double> TrialGradient(int slot) => Vector(5 + slot);

    /// <summary>Appends f to the loss history (growing it only past the first 1024 iterations).</summary>
    public void RecordLoss(double value)
    {
        if (LossCount == _lossHistory.Length)
        {
            var larger = ArrayPool<double>.Shared.Rent(2 * _lossHistory.Length);
            _lossHistory.AsSpan(0, LossCount).CopyTo(larger);
            ArrayPool<double>.Shared.Return(_lossHistory);
            _lossHistory = larger;
        }

        _lossHistory[LossCount++] = value;
    }

    /// <summary>A copy of the loss history, exactly <see cref="LossCount"/> long, for the result.</summary>
    public double[] LossHistory() => _lossHistory.AsSpan(0, LossCount).ToArray();

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_buffer);
        ArrayPool<double>.Shared.Return(_lossHistory);
        _buffer = [];
        _lossHistory = [];
    }

    private Span<double> Vector(int index) => _buffer.AsSpan(index * _dimension, _dimension);
}
