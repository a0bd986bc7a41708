using System.Runtime.ExceptionServices;

namespace DecodingChoices.Optimization;

/// <summary>
/// Estimates ∇f by forward differences, ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x)) / hᵢ, with scipy's step
/// hᵢ = √ε · sign(xᵢ) · max(1, |xᵢ|) (≈ 1.49e-8 for |xᵢ| ≤ 1), rounded so that xᵢ + hᵢ − xᵢ is exactly hᵢ.
/// One point costs n + 1 calls of the objective, which can run in parallel: the calls are split into
/// contiguous chunks, and each chunk works on its own copy of x.
/// </summary>
/// <remarks>
/// There are <see cref="ChunksPerCore"/> chunks per core rather than one, so every core stays busy to the end:
/// a thread-pool thread that joins late (the pool grows on demand, and other work may hold it) still finds chunks
/// left to take, instead of the calling thread doing both halves alone. Which chunk a thread runs does not change
/// any value: each call depends on its index alone.
/// </remarks>
internal sealed class FiniteDifferenceEvaluator : ObjectiveEvaluator
{
    /// <summary>√(machine epsilon): the relative step that balances truncation against rounding error.</summary>
    internal static readonly double RelativeStep = Math.Sqrt(FloatingPoint.MachineEpsilon);

    /// <summary>Chunks of calls per core: enough to balance the cores, few enough that each chunk is many calls.</summary>
    internal const int ChunksPerCore = 8;

    private readonly Func<double[], double> _objective;
    private readonly int _dimension;
    private readonly double[] _point;
    private readonly double[] _steps;
    private readonly double[] _values;
    private readonly double[][] _chunkPoints;
    private readonly Action<int> _evaluateChunk;

    public FiniteDifferenceEvaluator(Func<double[], double> objective, int dimension, bool parallel)
    {
        _objective = objective;
        _dimension = dimension;
        _point = new double[dimension];
        _steps = new double[dimension];
        _values = new double[dimension + 1];
        var chunkCount = parallel ? Math.Min(ChunksPerCore * Environment.ProcessorCount, dimension + 1) : 1;
        _chunkPoints = new double[chunkCount][];
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            _chunkPoints[chunk] = new double[dimension];
        }

        _evaluateChunk = EvaluateChunk;
    }

    public override bool EstimatesGradient => true;

    public override int CallsPerPoint => _dimension + 1;

    protected override double EvaluateCore(ReadOnlySpan<double> x, Span<double> gradient)
    {
        x.CopyTo(_point);
        for (var i = 0; i < _dimension; i++)
        {
            var xi = x[i];
            var step = RelativeStep * (xi >= 0 ? 1.0 : -1.0) * Math.Max(1.0, Math.Abs(xi));
            _steps[i] = xi + step - xi;
        }

        if (_chunkPoints.Length == 1)
        {
            EvaluateChunk(0);
        }
        else
        {
            RunChunksInParallel();
        }

        var value = _values[_dimension];
        for (var i = 0; i < _dimension; i++)
        {
            gradient[i] = (_values[i] - value) / _steps[i];
        }

        return value;
    }

    private void RunChunksInParallel()
    {
        try
        {
            Parallel.For(0, _chunkPoints.Length, _evaluateChunk);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            // Show the objective's own exception, as a sequential run would.
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>Calls the objective for evaluations [start, end) of the n + 1 (index n is f(x) itself).</summary>
    private void EvaluateChunk(int chunk)
    {
        var calls = _dimension + 1;
        var start = (int)((long)calls * chunk / _chunkPoints.Length);
        var end = (int)((long)calls * (chunk + 1) / _chunkPoints.Length);
        var point = _chunkPoints[chunk];
        _point.CopyTo(point, 0);
        for (var index = start; index < end; index++)
        {
            if (index == _dimension)
            {
                _values[index] = _objective(point);
                continue;
            }

            var original = point[index];
            point[index] = original + _steps[index];
            _values[index] = _objective(point);
            point[index] = original;
        }
    }
}
