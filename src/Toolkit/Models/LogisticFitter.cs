using DecodingChoices.Optimization;

namespace DecodingChoices.Models;

/// <summary>
/// Fits scikit-learn's logistic regression to one label vector after another on a fixed design, reusing
/// its buffers: the engine behind <see cref="LogisticRegression"/>, the shuffle test and the permutation
/// test. Not thread-safe: give each thread its own fitter (the design may be shared).
/// </summary>
internal sealed class LogisticFitter
{
    private readonly LogisticObjective _objective;
    private readonly MinimizeOptions _options;
    private readonly double[] _start;
    private readonly ObjectiveWithGradient _evaluate;

    /// <param name="design">The prepared design.</param>
    /// <param name="c">The inverse penalty strength; +∞ for no penalty.</param>
    /// <param name="fitIntercept">Whether to fit an unpenalized intercept.</param>
    /// <param name="tolerance">scikit-learn's <c>tol</c>: the fit converges when max|∂f/∂(w, b)| ≤ tol.</param>
    /// <param name="maxIterations">scikit-learn's <c>max_iter</c>.</param>
    /// <param name="relativeDecreaseTolerance">L-BFGS-B's ftol (scikit-learn: 2.2e-9).</param>
    /// <param name="cancellationToken">Stops a fit between iterations.</param>
    public LogisticFitter(
        LogisticDesign design,
        double c,
        bool fitIntercept,
        double tolerance,
        int maxIterations,
        double relativeDecreaseTolerance,
        CancellationToken cancellationToken = default)
    {
        _objective = new LogisticObjective(design, c, fitIntercept);
        _start = new double[_objective.ParameterCount];
        _evaluate = _objective.Evaluate;
        _options = new MinimizeOptions
        {
            Method = MinimizeMethod.Lbfgs,
            HistorySize = 10,
            GradientTolerance = tolerance,
            MaxIterations = maxIterations,
            RelativeDecreaseTolerance = relativeDecreaseTolerance,
            MaxFunctionEvaluations = 15000,
            CancellationToken = cancellationToken,
            GradientMeasure = design.IsReduced ? (gradient, exact) => OriginalGradientSize.MaxAbs(design, fitIntercept, gradient, tolerance, exact) : null,
        };
    }

    public LogisticDesign Design => _objective.Design;

    /// <summary>
    /// Fits to <paramref name="labels"/> from w = 0, b = 0 (as scikit-learn). Returns the parameters in the
    /// design's coordinates ([β…, b] when reduced, [w…, b] otherwise) and how the fit ended.
    /// </summary>
    /// <exception cref="ArgumentException">The labels do not match the design's trials, or are not 0 or 1.</exception>
    public (double[] Parameters, LogisticFitReport Report) Fit(ReadOnlySpan<int> labels)
    {
        if (labels.Length != Design.Rows)
        {
            throw new ArgumentException($"There are {labels.Length} labels for a design of {Design.Rows} trials: give one label per trial.", nameof(labels));
        }

        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw new ArgumentException($"labels[{i}] is {labels[i]}: labels must be 0 or 1.", nameof(labels));
            }
        }

        labels.CopyTo(_objective.Labels);
        var result = Minimizer.Minimize(_evaluate, _start, _options);
        return (result.X, new LogisticFitReport(result.Status, result.Iterations, result.FunctionEvaluations, result.Fun, result.Message));
    }
}
