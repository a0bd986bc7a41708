using System.Numerics.Tensors;

namespace DecodingChoices.Optimization;

/// <summary>
/// One run of the minimizer: evaluate the start, then repeat "choose a direction, search along it, accept
/// the step" until a stopping rule of <see cref="MinimizeOptions"/> holds. All buffers live in the
/// <see cref="MinimizerWorkspace"/>, so an iteration allocates nothing.
/// </summary>
internal sealed class MinimizationLoop
{
    private readonly ObjectiveEvaluator _evaluator;
    private readonly MinimizerWorkspace _workspace;
    private readonly MinimizeOptions _options;
    private readonly LineFunction _line;

    private double _initialFun;
    private double _fun;
    private double _maxAbsGradient;
    private double _relativeDecrease = double.NaN;
    private int _iterations;
    private double _gradientDescentStep = double.NaN;
    private bool _lastSearchKeptDecreasing;

    public MinimizationLoop(ObjectiveEvaluator evaluator, MinimizerWorkspace workspace, MinimizeOptions options)
    {
        _evaluator = evaluator;
        _workspace = workspace;
        _options = options;
        _line = new LineFunction(evaluator, workspace, options.MaxFunctionEvaluations, options.CancellationToken);
    }

    public MinimizeResult Run(ReadOnlySpan<double> initial)
    {
        initial.CopyTo(_workspace.Point);
        _fun = _evaluator.Evaluate(_workspace.Point, _workspace.Gradient);
        _initialFun = _fun;
        var badComponent = IndexOfNonFinite(_workspace.Gradient);
        if (!double.IsFinite(_fun) || badComponent >= 0)
        {
            _workspace.RecordLoss(_fun);
            return Finish(MinimizeStatus.NonFiniteObjective, double.IsFinite(_fun) ? badComponent : -1);
        }

        RecordIteration();
        var status = _maxAbsGradient <= _options.GradientTolerance ? MinimizeStatus.GradientToleranceReached : (MinimizeStatus?)null;
        while (status is null)
        {
            status = LimitReached() ?? Iterate();
        }

        return Finish(status.Value);
    }

    /// <summary>The limit that stops the run before another iteration, if any.</summary>
    private MinimizeStatus? LimitReached() =>
        _options.CancellationToken.IsCancellationRequested ? MinimizeStatus.Cancelled
        : _iterations >= _options.MaxIterations ? MinimizeStatus.MaxIterations
        : _evaluator.Points >= _options.MaxFunctionEvaluations ? MinimizeStatus.MaxFunctionEvaluations
        : null;

    /// <summary>One iteration: direction, line search, step. Returns the status when the run should stop.</summary>
    private MinimizeStatus? Iterate()
    {
        var memory = _workspace.Memory;
        var search = memory is null ? SearchDownhill() : SearchQuasiNewton(memory);
        if (!search.Accepted)
        {
            return _options.CancellationToken.IsCancellationRequested ? MinimizeStatus.Cancelled
                : _evaluator.Points >= _options.MaxFunctionEvaluations ? MinimizeStatus.MaxFunctionEvaluations
                : MinimizeStatus.LineSearchFailed;
        }

        _lastSearchKeptDecreasing = search.KeptDecreasing;
        var point = _workspace.Point;
        var gradient = _workspace.Gradient;
        var newPoint = _workspace.TrialPoint(search.Slot);
        var newGradient = _workspace.TrialGradient(search.Slot);
        if (memory is not null)
        {
            TensorPrimitives.Subtract(newPoint, point, memory.PendingStep);
            TensorPrimitives.Subtract(newGradient, gradient, memory.PendingGradientChange);
            memory.TryCommit(TensorPrimitives.Dot<double>(gradient, memory.PendingStep));
        }

        newPoint.CopyTo(point);
        newGradient.CopyTo(gradient);
        var previous = _fun;
        _fun = search.Value;
        _relativeDecrease = (previous - _fun) / Math.Max(Math.Max(Math.Abs(previous), Math.Abs(_fun)), 1);
        _iterations++;
        RecordIteration();
        return _maxAbsGradient <= _options.GradientTolerance ? MinimizeStatus.GradientToleranceReached
            : _options.RelativeDecreaseTolerance > 0 && _relativeDecrease <= _options.RelativeDecreaseTolerance ? MinimizeStatus.RelativeDecreaseReached
            : null;
    }

    /// <summary>
    /// L-BFGS: search along −H∇f; if that fails with remembered pairs, forget them and try −∇f once more
    /// (a stale curvature model is the usual reason).
    /// </summary>
    private LineSearchResult SearchQuasiNewton(LbfgsMemory memory)
    {
        var gradient = _workspace.Gradient;
        var direction = _workspace.Direction;
        memory.ComputeDirection(gradient, direction);
        var slope = TensorPrimitives.Dot<double>(gradient, direction);
        if (!(slope < 0))
        {
            memory.Clear();
            slope = SteepestDescentDirection();
        }

        var search = StrongWolfeLineSearch.Search(_line, _fun, slope, memory.Count == 0 ? FirstStep() : 1);
        if (search.Accepted || memory.Count == 0)
        {
            return search;
        }

        memory.Clear();
        slope = SteepestDescentDirection();
        return StrongWolfeLineSearch.Search(_line, _fun, slope, FirstStep());
    }

    /// <summary>
    /// Gradient descent: search along −∇f, starting from the last accepted step, doubled when that step was
    /// accepted at its first trial (so the step can grow again after shrinking).
    /// </summary>
    private LineSearchResult SearchDownhill()
    {
        var slope = SteepestDescentDirection();
        var initialStep = double.IsNaN(_gradientDescentStep) ? FirstStep() : _gradientDescentStep;
        var search = BacktrackingLineSearch.Search(_line, _fun, slope, initialStep);
        if (search.Accepted)
        {
            _gradientDescentStep = search.Step == initialStep ? 2 * search.Step : search.Step;
        }

        return search;
    }

    /// <summary>Sets the direction to −∇f and returns the slope −‖∇f‖².</summary>
    private double SteepestDescentDirection()
    {
        TensorPrimitives.Negate(_workspace.Gradient, _workspace.Direction);
        return -TensorPrimitives.Dot<double>(_workspace.Gradient, _workspace.Gradient);
    }

    /// <summary>The first trial step along an unscaled −∇f: min(1, 1/‖∇f‖), i.e. at most a unit move in x.</summary>
    private double FirstStep() => Math.Min(1, 1 / TensorPrimitives.Norm<double>(_workspace.Gradient));

    private void RecordIteration()
    {
        _maxAbsGradient = _options.GradientMeasure is { } measure
            ? measure(_workspace.Gradient, exact: false)
            : Math.Abs(TensorPrimitives.MaxMagnitude<double>(_workspace.Gradient));
        _workspace.RecordLoss(_fun);
        _options.Callback?.Invoke(new IterationProgress(_iterations, _fun, _maxAbsGradient));
    }

    private MinimizeResult Finish(MinimizeStatus status, int nonFiniteGradientIndex = -1)
    {
        var gradient = _workspace.Gradient;
        if (status == MinimizeStatus.NonFiniteObjective)
        {
            _maxAbsGradient = double.NaN;
        }
        else if (_options.GradientMeasure is { } measure)
        {
            _maxAbsGradient = measure(gradient, exact: true); // the reported size is exact, even where the loop used a bound
        }

        var facts = new StopFacts(
            _iterations,
            _evaluator.Points,
            _initialFun,
            _fun,
            _maxAbsGradient,
            _relativeDecrease,
            _lastSearchKeptDecreasing,
            nonFiniteGradientIndex >= 0 ? nonFiniteGradientIndex : null,
            nonFiniteGradientIndex >= 0 ? gradient[nonFiniteGradientIndex] : double.NaN,
            _evaluator.EstimatesGradient);
        return new MinimizeResult
        {
            X = _workspace.Point.ToArray(),
            Fun = _fun,
            Gradient = gradient.ToArray(),
            MaxAbsGradient = _maxAbsGradient,
            Iterations = _iterations,
            FunctionEvaluations = _evaluator.Points,
            GradientEvaluations = _evaluator.Points,
            ObjectiveCalls = _evaluator.ObjectiveCalls,
            LossHistory = _workspace.LossHistory(),
            Status = status,
            Message = StopMessages.For(status, facts, _options),
        };
    }

    private static int IndexOfNonFinite(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
