using System.Globalization;

namespace DecodingChoices.Optimization;

/// <summary>
/// Settings for <see cref="Minimizer"/>. The defaults follow scipy: the gradient tolerance of BFGS and
/// the relative-decrease tolerance, history size and evaluation limit of L-BFGS-B. Change one with
/// <c>MinimizeOptions.Default with { MaxIterations = 100 }</c>.
/// </summary>
/// <remarks>
/// <para>The minimizer stops at the first of these rules that holds, checked after every iteration:</para>
/// <list type="number">
/// <item><description>
/// <b>Gradient tolerance</b> (success): max|∂f/∂xᵢ| ≤ <see cref="GradientTolerance"/>. At a minimum the
/// gradient is zero, so a small largest component means there is nowhere downhill left to go.
/// </description></item>
/// <item><description>
/// <b>Relative decrease</b> (success): (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤
/// <see cref="RelativeDecreaseTolerance"/>. The last step barely lowered f compared with its size. 0 turns this rule off (fit to full precision).
/// </description></item>
/// <item><description><b>Iteration limit</b>: <see cref="MaxIterations"/> steps were taken (not converged).</description></item>
/// <item><description>
/// <b>Evaluation limit</b>: <see cref="MaxFunctionEvaluations"/> points were evaluated (not converged).
/// </description></item>
/// <item><description>
/// <b>Line search failure</b>: no step along the search direction lowered f (not converged; usually the
/// precision of floating point is exhausted).
/// </description></item>
/// <item><description><b>Cancellation</b> through <see cref="CancellationToken"/>.</description></item>
/// </list>
/// <para>
/// A fit that stops without converging returns a result saying so (<see cref="MinimizeResult.Success"/> is
/// false, <see cref="MinimizeResult.Message"/> explains); it never hangs or throws.
/// </para>
/// </remarks>
public sealed record MinimizeOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static MinimizeOptions Default { get; } = new();

    /// <summary>How steps are chosen. Default <see cref="MinimizeMethod.Lbfgs"/>.</summary>
    public MinimizeMethod Method { get; init; } = MinimizeMethod.Lbfgs;

    /// <summary>
    /// How many recent steps L-BFGS remembers (its m; ignored by gradient descent). Default 10, as in
    /// scipy's L-BFGS-B (<c>maxcor</c>). More memory models the curvature better at 4·m·n flops per iteration.
    /// </summary>
    public int HistorySize { get; init; } = 10;

    /// <summary>
    /// Stop with success once every gradient component satisfies |∂f/∂xᵢ| ≤ this. Default 1e-5, as scipy
    /// BFGS's <c>gtol</c>. 0 turns the rule off.
    /// </summary>
    public double GradientTolerance { get; init; } = 1e-5;

    /// <summary>
    /// Stop with success once an iteration lowers f by a relative amount
    /// (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) of at most this. Default 2.2204460492503131e-9
    /// (10⁷ × machine epsilon), as scipy's L-BFGS-B <c>ftol</c>. 0 turns the rule off: the run then stops
    /// on the gradient test or a limit. Gradient descent takes small steps in narrow valleys and can meet
    /// this rule well before the minimum: set it to 0 there to rely on the gradient test.
    /// </summary>
    public double RelativeDecreaseTolerance { get; init; } = 2.2204460492503131e-9;

    /// <summary>The most iterations (accepted steps). Default 1000. 0 only evaluates the starting point.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// The most points at which f and its gradient are evaluated, counting the trial points of line
    /// searches. Default 15000, as scipy's L-BFGS-B <c>maxfun</c>. In finite-difference mode each point costs
    /// n + 1 calls of the objective (see <see cref="MinimizeResult.ObjectiveCalls"/>), but counts once here.
    /// </summary>
    public int MaxFunctionEvaluations { get; init; } = 15000;

    /// <summary>
    /// In finite-difference mode, spread the n + 1 objective calls of each gradient over all cores. Default
    /// true. Each worker gets its own copy of x, so an objective that only reads x and its captured data is
    /// safe; turn this off if the objective writes to shared state.
    /// </summary>
    public bool ParallelFiniteDifferences { get; init; } = true;

    /// <summary>
    /// How the gradient's size is measured for the gradient tolerance (default: null, max|gᵢ|).
    /// See <see cref="Optimization.GradientMeasure"/>.
    /// </summary>
    internal GradientMeasure? GradientMeasure { get; init; }

    /// <summary>Cancels the minimization between evaluations; the result then has status <see cref="MinimizeStatus.Cancelled"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Called at the start (iteration 0) and after every iteration, e.g. to print or plot the loss. The same
    /// values are kept in <see cref="MinimizeResult.LossHistory"/>.
    /// </summary>
    public Action<IterationProgress>? Callback { get; init; }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first setting that cannot work.</summary>
    internal void Validate(string parameterName)
    {
        if (!Enum.IsDefined(Method))
        {
            throw Invalid(parameterName, nameof(Method), Method, "must be MinimizeMethod.Lbfgs or MinimizeMethod.GradientDescent");
        }

        if (HistorySize < 1)
        {
            throw Invalid(parameterName, nameof(HistorySize), HistorySize, "must be at least 1 (10 is the usual choice)");
        }

        if (!(GradientTolerance >= 0) || double.IsPositiveInfinity(GradientTolerance))
        {
            throw Invalid(parameterName, nameof(GradientTolerance), GradientTolerance, "must be a finite number ≥ 0 (default 1e-5)");
        }

        if (!(RelativeDecreaseTolerance >= 0) || double.IsPositiveInfinity(RelativeDecreaseTolerance))
        {
            throw Invalid(parameterName, nameof(RelativeDecreaseTolerance), RelativeDecreaseTolerance, "must be a finite number ≥ 0 (default 2.22e-9)");
        }

        if (MaxIterations < 0)
        {
            throw Invalid(parameterName, nameof(MaxIterations), MaxIterations, "must be ≥ 0");
        }

        if (MaxFunctionEvaluations < 1)
        {
            throw Invalid(parameterName, nameof(MaxFunctionEvaluations), MaxFunctionEvaluations, "must be at least 1");
        }
    }

    private static ArgumentOutOfRangeException Invalid(string parameterName, string property, object value, string rule) =>
        new(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"MinimizeOptions.{property} {rule}; got {value}."));
}
