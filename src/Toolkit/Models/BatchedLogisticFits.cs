using System.Numerics.Tensors;
using DecodingChoices.Numerics;
using DecodingChoices.Optimization;

namespace DecodingChoices.Models;

/// <summary>
/// Fits many label vectors on one design at once: the engine of the shuffle and permutation tests. Each of
/// <see cref="BatchKernels.Width"/> lanes runs its own L-BFGS fit — the very algorithm of
/// <see cref="LogisticFitter"/> (the same directions, strong Wolfe line search, stopping rules and reduced-gradient
/// measure), written as a state machine that pauses whenever it needs f and ∇f — and all paused lanes are then
/// evaluated together as two matrix–matrix products (<see cref="BatchKernels"/>) instead of 2 × 16 matrix–vector
/// products. A lane whose fit has ended takes the next problem at once, so no lane idles while work is left.
/// </summary>
/// <remarks>
/// <para>
/// A problem is a label vector and the trials it is fitted on (all of them for a shuffle; a fold's training
/// trials for a cross-validated permutation). Every lane evaluates all trials of the design, and trials outside
/// its problem get a residual of exactly 0, so they add nothing to its loss or gradient.
/// </para>
/// <para>
/// Results are the same bit for bit whatever the number of threads or the order problems are taken in: a lane's
/// arithmetic never mixes with another lane's (see <see cref="BatchKernels"/>), and its own logic runs on its own
/// buffers. They are also bit for bit those of <see cref="LogisticFitter"/>'s row-by-row path on the same design
/// (tested: same iterations, same coefficients), because that path computes every z_i and every gradient entry as
/// the same chain of fused multiply-adds (see <see cref="LogisticDesign.Logits"/>; a design of X itself needs its
/// columns, <see cref="LogisticDesign.WithColumns"/>, for that).
/// </para>
/// </remarks>
internal sealed class BatchedLogisticFits
{
    private const int Width = BatchKernels.Width;

    private readonly LogisticDesign _design;
    private readonly double _inverseC;
    private readonly bool _fitIntercept;
    private readonly MinimizeOptions _options;
    private readonly int _rows;
    private readonly int _columns;
    private readonly bool _triangular;

    /// <param name="design">The full design (not a fold's view): every problem selects its trials from its rows.</param>
    /// <param name="model">The model's settings (C, penalty, intercept, tolerances, iteration limit).</param>
    public BatchedLogisticFits(LogisticDesign design, LogisticRegression model)
    {
        _design = design;
        _inverseC = 1 / model.EffectiveC;
        _fitIntercept = model.FitIntercept;
        _rows = design.Rows;
        _columns = design.Columns;
        _triangular = design.IsReduced;
        if (design.Matrix.Length != _rows * _columns)
        {
            throw new ArgumentException("A batched fit needs a whole design, not a view of some of its rows.", nameof(design));
        }

        _options = new MinimizeOptions
        {
            Method = MinimizeMethod.Lbfgs,
            HistorySize = 10,
            GradientTolerance = model.Tolerance,
            MaxIterations = model.MaxIterations,
            RelativeDecreaseTolerance = model.RelativeDecreaseTolerance,
            MaxFunctionEvaluations = 15000,
        };
    }

    /// <summary>
    /// Evaluations of f and ∇f done by all batched fits in this process, per problem (for the benchmarks' count of the
    /// arithmetic done: each costs two products with the design).
    /// </summary>
    internal static long EvaluationsDone => Interlocked.Read(ref s_evaluations);

    private static long s_evaluations;

    /// <summary>Parameters per fit: one per design column, plus the intercept.</summary>
    public int ParameterCount => _columns + (_fitIntercept ? 1 : 0);

    /// <summary>
    /// Writes problem <c>index</c>: its labels (0/1, one per design row) and the rows it is fitted on (a prefix of
    /// <c>trials</c>, ascending); returns how many rows. It must depend on the index alone.
    /// </summary>
    public delegate int ProblemSource(int index, Span<int> labels, Span<int> trials);

    /// <summary>
    /// Receives problem <c>index</c>'s fitted parameters ([w…, b] in the design's coordinates), its labels and how the
    /// fit ended. Called on the worker thread that fitted it.
    /// </summary>
    public delegate void ResultSink(int index, ReadOnlySpan<double> parameters, ReadOnlySpan<int> labels, in FitOutcome outcome);

    /// <summary>How one fit ended (as <see cref="LogisticFitReport"/>, without its message).</summary>
    public readonly record struct FitOutcome(MinimizeStatus Status, int Iterations, int Evaluations, double Objective)
    {
        public bool Converged => Status is MinimizeStatus.GradientToleranceReached or MinimizeStatus.RelativeDecreaseReached;
    }

    /// <summary>Fits problems 0 … <paramref name="count"/> − 1 on up to <paramref name="threads"/> threads.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Run(int count, ProblemSource problems, ResultSink results, int threads, CancellationToken cancellationToken)
    {
        var next = -1;
        var workers = Math.Max(1, Math.Min(threads, (count + Width - 1) / Width));
        Parallel.For(
            0,
            workers,
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            _ => new Batch(this).Run(() => Interlocked.Increment(ref next), count, problems, results, cancellationToken));
    }

    /// <summary>One thread's 16 lanes and the lane-interleaved blocks they are evaluated in.</summary>
    private sealed class Batch
    {
        private readonly BatchedLogisticFits _owner;
        private readonly Lane[] _lanes = new Lane[Width];
        private readonly double[] _p;
        private readonly double[] _z;
        private readonly double[] _r;
        private readonly double[] _g;
        private readonly double[] _zLane;
        private readonly double[] _rLane;
        private readonly int[] _yLane;

        public Batch(BatchedLogisticFits owner)
        {
            _owner = owner;
            _p = new double[owner._columns * Width];
            _z = new double[owner._rows * Width];
            _r = new double[owner._rows * Width];
            _g = new double[owner._columns * Width];
            _zLane = new double[owner._rows];
            _rLane = new double[owner._rows];
            _yLane = new int[owner._rows];
            for (var k = 0; k < Width; k++)
            {
                _lanes[k] = new Lane(owner);
            }
        }

        public void Run(Func<int> take, int count, ProblemSource problems, ResultSink results, CancellationToken cancellationToken)
        {
            var exhausted = false;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var active = 0;
                foreach (var lane in _lanes)
                {
                    while (!lane.Active && !exhausted)
                    {
                        var index = take();
                        if (index >= count)
                        {
                            exhausted = true;
                            break;
                        }

                        lane.Start(index, problems);
                    }

                    active += lane.Active ? 1 : 0;
                }

                if (active == 0)
                {
                    return;
                }

                Evaluate();
                foreach (var lane in _lanes)
                {
                    if (lane.Active && !lane.Resume())
                    {
                        results(lane.Index, lane.Result, lane.Labels, lane.Outcome);
                    }
                }
            }
        }

        /// <summary>f and ∇f at every active lane's requested point: Z = A P, residuals lane by lane, G = P/C + Aᵀ R.</summary>
        private void Evaluate()
        {
            var owner = _owner;
            var rows = owner._rows;
            var columns = owner._columns;
            for (var k = 0; k < Width; k++)
            {
                var lane = _lanes[k];
                var point = lane.Active ? lane.RequestedPoint : default;
                for (var j = 0; j < columns; j++)
                {
                    _p[j * Width + k] = lane.Active ? point[j] : 0.0;
                }
            }

            var matrix = owner._design.Matrix.Span;
            BatchKernels.Multiply(matrix, rows, columns, owner._triangular, _p, _z);
            Array.Clear(_r);
            for (var k = 0; k < Width; k++)
            {
                var lane = _lanes[k];
                if (!lane.Active)
                {
                    continue;
                }

                var point = lane.RequestedPoint;
                var intercept = owner._fitIntercept ? point[columns] : 0.0;
                var trials = lane.Trials;
                var z = _zLane.AsSpan(0, trials.Length);
                var r = _rLane.AsSpan(0, trials.Length);
                var y = _yLane.AsSpan(0, trials.Length);
                for (var t = 0; t < trials.Length; t++)
                {
                    var i = trials[t];
                    z[t] = _z[i * Width + k] + intercept;
                    y[t] = lane.Labels[i];
                }

                var loss = LogisticKernels.CrossEntropyAndResiduals(z, y, r);
                lane.ResidualSum = TensorPrimitives.Sum<double>(r);
                for (var t = 0; t < trials.Length; t++)
                {
                    _r[trials[t] * Width + k] = r[t];
                }

                var w = point[..columns];
                lane.RequestedValue = loss + 0.5 * owner._inverseC * TensorPrimitives.Dot(w, w);
            }

            BatchKernels.MultiplyTransposed(matrix, rows, columns, owner._triangular, _r, _p, owner._inverseC, _g);
            for (var k = 0; k < Width; k++)
            {
                var lane = _lanes[k];
                if (!lane.Active)
                {
                    continue;
                }

                var gradient = lane.RequestedGradient;
                for (var j = 0; j < columns; j++)
                {
                    gradient[j] = _g[j * Width + k];
                }

                if (owner._fitIntercept)
                {
                    gradient[columns] = lane.ResidualSum;
                }
            }
        }
    }

    /// <summary>
    /// One lane: an L-BFGS fit written as an iterator that yields whenever it has put a point in
    /// <see cref="RequestedPoint"/> and needs f (<see cref="RequestedValue"/>) and ∇f (<see cref="RequestedGradient"/>).
    /// Statement for statement it is <see cref="MinimizationLoop"/> with <see cref="StrongWolfeLineSearch"/> and
    /// <see cref="LineFunction"/>, for L-BFGS without callbacks; its buffers are allocated once and reused by every
    /// problem the lane takes.
    /// </summary>
    private sealed class Lane
    {
        private readonly BatchedLogisticFits _owner;
        private readonly int _dimension;
        private readonly double[] _vectors; // point, gradient, direction, trial points 0 and 1, trial gradients 0 and 1
        private readonly double[] _memoryBuffer;
        private readonly LbfgsMemory _memory;
        private readonly int[] _trials;
        private IEnumerator<int>? _fit;
        private int _requestedVector;
        private int _points;
        private double _fun;
        private double _maxAbsGradient;
        private int _iterations;

        public Lane(BatchedLogisticFits owner)
        {
            _owner = owner;
            _dimension = owner.ParameterCount;
            _vectors = new double[7 * _dimension];
            _memoryBuffer = new double[LbfgsMemory.Length(_dimension, owner._options.HistorySize)];
            _memory = new LbfgsMemory(_memoryBuffer, 0, _dimension, owner._options.HistorySize);
            Labels = new int[owner._rows];
            _trials = new int[owner._rows];
        }

        public bool Active => _fit is not null;

        public int Index { get; private set; }

        public int[] Labels { get; }

        public ReadOnlySpan<int> Trials => _trials.AsSpan(0, TrialCount);

        public Span<double> RequestedPoint => Vector(_requestedVector);

        public Span<double> RequestedGradient => Vector(_requestedVector + (_requestedVector == 0 ? 1 : 2));

        public double RequestedValue { get; set; }

        public double ResidualSum { get; set; }

        public ReadOnlySpan<double> Result => Vector(0);

        public FitOutcome Outcome { get; private set; }

        private int TrialCount { get; set; }

        private Span<double> Point => Vector(0);

        private Span<double> Gradient => Vector(1);

        private Span<double> Direction => Vector(2);

        private bool CanEvaluate => _points < _owner._options.MaxFunctionEvaluations;

        /// <summary>Takes problem <paramref name="index"/> and runs its fit up to the first evaluation.</summary>
        public void Start(int index, ProblemSource problems)
        {
            Index = index;
            TrialCount = problems(index, Labels, _trials);
            _fit = Fit();
            if (!_fit.MoveNext())
            {
                _fit = null;
            }
        }

        /// <summary>Continues after an evaluation; false when the fit has ended (see <see cref="Result"/>, <see cref="Outcome"/>).</summary>
        public bool Resume()
        {
            if (_fit!.MoveNext())
            {
                return true;
            }

            _fit = null;
            return false;
        }

        private Span<double> Vector(int index) => _vectors.AsSpan(index * _dimension, _dimension);

        private Span<double> TrialPoint(int slot) => Vector(3 + slot);

        private Span<double> TrialGradient(int slot) => Vector(5 + slot);

        /// <summary>MinimizationLoop.Run, from x = 0.</summary>
        private IEnumerator<int> Fit()
        {
            var options = _owner._options;
            _points = 0;
            _iterations = 0;
            _memory.Clear();
            Point.Clear();
            _requestedVector = 0;
            _points++;
            yield return 0;
            _fun = RequestedValue;
            if (!double.IsFinite(_fun) || !AllFinite(Gradient))
            {
                Finish(MinimizeStatus.NonFiniteObjective);
                yield break;
            }

            RecordIteration();
            MinimizeStatus? status = _maxAbsGradient <= options.GradientTolerance ? MinimizeStatus.GradientToleranceReached : null;
            while (status is null)
            {
                if (_iterations >= options.MaxIterations)
                {
                    status = MinimizeStatus.MaxIterations;
                    break;
                }

                if (_points >= options.MaxFunctionEvaluations)
                {
                    status = MinimizeStatus.MaxFunctionEvaluations;
                    break;
                }

                // SearchQuasiNewton: along −H∇f; if that fails with remembered pairs, forget them and try −∇f once.
                _memory.ComputeDirection(Gradient, Direction);
                var slope0 = TensorPrimitives.Dot<double>(Gradient, Direction);
                if (!(slope0 < 0))
                {
                    _memory.Clear();
                    slope0 = SteepestDescentDirection();
                }

                var initialStep = _memory.Count == 0 ? FirstStep() : 1;
                LineSearchResult search;
                while (true)
                {
                    // StrongWolfeLineSearch.Search, then Zoom.
                    var value0 = _fun;
                    var previous = new StrongWolfeLineSearch.TrialPoint(0, value0, slope0, Slot: -1);
                    var step = initialStep;
                    var slot = 0;
                    var evaluations = 1;
                    StrongWolfeLineSearch.TrialPoint low, high;
                    for (; ; evaluations++)
                    {
                        if (!CanEvaluate)
                        {
                            search = StrongWolfeLineSearch.Fallback(previous, keptDecreasing: false);
                            goto searched;
                        }

                        RequestLinePoint(step, slot);
                        yield return 0;
                        var value = LineValue(out var slope);
                        var trial = new StrongWolfeLineSearch.TrialPoint(step, value, slope, slot);
                        if (!StrongWolfeLineSearch.DecreasesEnough(value, slope, value0, slope0, step) || (evaluations > 1 && value >= previous.Value))
                        {
                            (low, high) = (previous, trial);
                            break;
                        }

                        if (Math.Abs(slope) <= -StrongWolfeLineSearch.Curvature * slope0)
                        {
                            search = new LineSearchResult(LineSearchOutcome.StrongWolfe, step, value, slot);
                            goto searched;
                        }

                        if (slope >= 0)
                        {
                            (low, high) = (trial, previous);
                            break;
                        }

                        if (evaluations >= StrongWolfeLineSearch.MaxEvaluations)
                        {
                            search = StrongWolfeLineSearch.Fallback(trial, keptDecreasing: true);
                            goto searched;
                        }

                        previous = trial;
                        slot = 1 - slot;
                        step *= StrongWolfeLineSearch.ExpansionFactor;
                    }

                    for (; evaluations < StrongWolfeLineSearch.MaxEvaluations && CanEvaluate; evaluations++)
                    {
                        var width = Math.Abs(high.Step - low.Step);
                        if (width <= FloatingPoint.MachineEpsilon * Math.Max(low.Step, high.Step))
                        {
                            break;
                        }

                        var zoomStep = StrongWolfeLineSearch.Interpolate(low, high);
                        var zoomSlot = low.Slot == 0 ? 1 : 0;
                        RequestLinePoint(zoomStep, zoomSlot);
                        yield return 0;
                        var value = LineValue(out var slope);
                        var trial = new StrongWolfeLineSearch.TrialPoint(zoomStep, value, slope, zoomSlot);
                        if (!StrongWolfeLineSearch.DecreasesEnough(value, slope, value0, slope0, zoomStep) || value >= low.Value)
                        {
                            high = trial;
                            continue;
                        }

                        if (Math.Abs(slope) <= -StrongWolfeLineSearch.Curvature * slope0)
                        {
                            search = new LineSearchResult(LineSearchOutcome.StrongWolfe, zoomStep, value, zoomSlot);
                            goto searched;
                        }

                        if (slope * (high.Step - low.Step) >= 0)
                        {
                            high = low;
                        }

                        low = trial;
                    }

                    search = StrongWolfeLineSearch.Fallback(low, keptDecreasing: false);

                searched:
                    if (search.Accepted || _memory.Count == 0)
                    {
                        break;
                    }

                    _memory.Clear();
                    slope0 = SteepestDescentDirection();
                    initialStep = FirstStep();
                }

                if (!search.Accepted)
                {
                    status = _points >= options.MaxFunctionEvaluations ? MinimizeStatus.MaxFunctionEvaluations : MinimizeStatus.LineSearchFailed;
                    break;
                }

                status = AcceptStep(search);
            }

            Finish(status.Value);
        }

        /// <summary>MinimizationLoop.Iterate after a successful search: update the memory, move, test for a stop.</summary>
        private MinimizeStatus? AcceptStep(LineSearchResult search)
        {
            var options = _owner._options;
            var newPoint = TrialPoint(search.Slot);
            var newGradient = TrialGradient(search.Slot);
            TensorPrimitives.Subtract(newPoint, Point, _memory.PendingStep);
            TensorPrimitives.Subtract(newGradient, Gradient, _memory.PendingGradientChange);
            _memory.TryCommit(TensorPrimitives.Dot<double>(Gradient, _memory.PendingStep));
            newPoint.CopyTo(Point);
            newGradient.CopyTo(Gradient);
            var previous = _fun;
            _fun = search.Value;
            var relativeDecrease = (previous - _fun) / Math.Max(Math.Max(Math.Abs(previous), Math.Abs(_fun)), 1);
            _iterations++;
            RecordIteration();
            return _maxAbsGradient <= options.GradientTolerance ? MinimizeStatus.GradientToleranceReached
                : options.RelativeDecreaseTolerance > 0 && relativeDecrease <= options.RelativeDecreaseTolerance ? MinimizeStatus.RelativeDecreaseReached
                : null;
        }

        /// <summary>LineFunction.Evaluate, first half: x + α·d into trial slot <paramref name="slot"/>.</summary>
        private void RequestLinePoint(double step, int slot)
        {
            TensorPrimitives.MultiplyAdd(Direction, step, Point, TrialPoint(slot));
            _requestedVector = 3 + slot;
            _points++;
        }

        /// <summary>LineFunction.Evaluate, second half: φ(α) and φ′(α), or +∞ and NaN where they are not finite.</summary>
        private double LineValue(out double slope)
        {
            var value = RequestedValue;
            slope = TensorPrimitives.Dot<double>(RequestedGradient, Direction);
            if (double.IsFinite(value) && double.IsFinite(slope))
            {
                return value;
            }

            slope = double.NaN;
            return double.PositiveInfinity;
        }

        private double SteepestDescentDirection()
        {
            TensorPrimitives.Negate(Gradient, Direction);
            return -TensorPrimitives.Dot<double>(Gradient, Gradient);
        }

        private double FirstStep() => Math.Min(1, 1 / TensorPrimitives.Norm<double>(Gradient));

        private void RecordIteration() =>
            _maxAbsGradient = OriginalGradientSize.MaxAbs(_owner._design, _owner._fitIntercept, Gradient, _owner._options.GradientTolerance, exact: false);

        private void Finish(MinimizeStatus status)
        {
            Outcome = new FitOutcome(status, _iterations, _points, _fun);
            Interlocked.Add(ref s_evaluations, _points);
        }

        private static bool AllFinite(ReadOnlySpan<double> values)
        {
            foreach (var value in values)
            {
                if (!double.IsFinite(value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
