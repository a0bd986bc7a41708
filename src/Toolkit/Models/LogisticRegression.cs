using DecodingChoices.Numerics;
using DecodingChoices.Optimization;

namespace DecodingChoices.Models;

/// <summary>
/// The course's equivalent of scikit-learn's <c>LogisticRegression()</c> for two classes: the same model,
/// the same defaults, the same numbers. The tutorial's Exercise 2 switches to it "as it's a little faster":
/// <code>
/// var model = new LogisticRegression();
/// model.Fit(X, y);
/// var accuracy = model.Score(X, y);
/// </code>
/// </summary>
/// <remarks>
/// <para>
/// It minimizes scikit-learn's lbfgs objective Σᵢ [log(1 + e^(zᵢ)) − yᵢ zᵢ] + ‖w‖²/(2C), z = Xw + b, the
/// intercept b not penalized, with the course's hand-written L-BFGS (memory 10, strong Wolfe line search)
/// and the analytic gradient, from w = 0, b = 0. It stops when max|∂f/∂(w, b)| ≤ <see cref="Tolerance"/>,
/// when the objective's relative decrease is at most 2.2·10⁻⁹ (L-BFGS-B's ftol), or after
/// <see cref="MaxIterations"/> iterations — then <see cref="LastFit"/> says it did not converge, where
/// scikit-learn would warn.
/// </para>
/// <para>
/// Many fits on the same trials can share a design prepared once (<see cref="Fit(LogisticDesign, int[], CancellationToken)"/>);
/// with fewer trials than neurons, <see cref="LogisticDesign.Prepare"/> reduces it to the row space of X: the
/// same iterates, 6× less arithmetic per evaluation on 220 × 691.
/// </para>
/// </remarks>
public sealed class LogisticRegression
{
    private double[]? _coefficients;

    /// <summary>Inverse penalty strength: smaller C, stronger penalty (scikit-learn's <c>C</c>, default 1.0).</summary>
    public double C { get; init; } = 1.0;

    /// <summary>The penalty (scikit-learn's <c>penalty</c>, default L2).</summary>
    public Penalty Penalty { get; init; } = Penalty.L2;

    /// <summary>Whether to fit an intercept b (scikit-learn's <c>fit_intercept</c>, default true).</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>The gradient tolerance on max|∂f/∂(w, b)| (scikit-learn's <c>tol</c>, default 1e-4).</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>The iteration limit (scikit-learn's <c>max_iter</c>, default 100).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// L-BFGS also stops when an iteration lowers the objective by at most this fraction of its size
    /// (L-BFGS-B's ftol, 2.2·10⁻⁹, which scikit-learn fixes). Set 0 to fit to full precision.
    /// </summary>
    public double RelativeDecreaseTolerance { get; init; } = MinimizeOptions.Default.RelativeDecreaseTolerance;

    /// <summary>The fitted weights, one per neuron (scikit-learn's <c>coef_</c>).</summary>
    public double[] Coefficients => _coefficients ?? throw NotFitted();

    /// <summary>The fitted intercept (scikit-learn's <c>intercept_</c>; 0 when <see cref="FitIntercept"/> is false).</summary>
    public double Intercept { get; private set; }

    /// <summary>How the last fit ended; null before the first fit.</summary>
    public LogisticFitReport? LastFit { get; private set; }

    /// <summary>The C the objective uses: +∞ without a penalty.</summary>
    internal double EffectiveC => Penalty == Penalty.None ? double.PositiveInfinity : C;

    /// <summary>Fits the model to trials <paramref name="X"/> (trials × neurons) and choices <paramref name="y"/> (0 or 1).</summary>
    /// <exception cref="ArgumentException">The inputs cannot be fitted; the message says which argument and why.</exception>
    public LogisticRegression Fit(double[,] X, int[] y, CancellationToken cancellationToken = default)
    {
        return Fit(X, y, DesignCache.Shared, cancellationToken);
    }

    /// <summary>
    /// Fits to <paramref name="X"/>, looking its factorization up in <paramref name="cache"/> (null: never reduce).
    /// One fit reads X itself: the row-space reduction costs about as much as a whole fit and pays off only across
    /// many fits on the same trials. So a matrix seen for the first time is fitted directly, and from its second
    /// fit on (a student's shuffle loop), its factorization is made once and reused, recognized by content.
    /// </summary>
    internal LogisticRegression Fit(double[,] X, int[] y, DesignCache? cache, CancellationToken cancellationToken = default)
    {
        LogisticInputs.Validate(X, y, Penalty == Penalty.None, FitIntercept);
        var reduced = cache is not null && X.GetLength(0) < X.GetLength(1) ? cache.Reduced(X, factorNow: false) : null;
        return Fit(reduced ?? LogisticDesign.Prepare(X, reduce: false), y, cancellationToken);
    }

    /// <summary>Fits to a prepared design (reuse one design for many fits on the same trials).</summary>
    internal LogisticRegression Fit(LogisticDesign design, int[] y, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        ValidateSettings();
        LogisticInputs.ValidateLabels(y, design.Rows);
        var fitter = new LogisticFitter(design, EffectiveC, FitIntercept, Tolerance, MaxIterations, RelativeDecreaseTolerance, cancellationToken);
        var (parameters, report) = fitter.Fit(y);
        _coefficients = design.Coefficients(parameters.AsSpan(0, design.Columns));
        Intercept = FitIntercept ? parameters[design.Columns] : 0.0;
        LastFit = report;
        return this;
    }

    /// <summary>z = Xw + b for every trial (scikit-learn's <c>decision_function</c>).</summary>
    public double[] DecisionFunction(double[,] X)
    {
        var coefficients = Coefficients;
        LogisticInputs.ValidateFeatures(X, coefficients.Length);
        var z = new double[X.GetLength(0)];
        LogisticKernels.MultiplyMatrixVector(X.AsReadOnlySpan(), coefficients, z);
        for (var i = 0; i < z.Length; i++)
        {
            z[i] += Intercept;
        }

        return z;
    }

    /// <summary>P(choice = 1) = σ(Xw + b) for every trial (column 1 of scikit-learn's <c>predict_proba</c>).</summary>
    public double[] PredictProbability(double[,] X)
    {
        var z = DecisionFunction(X);
        LogisticKernels.Sigmoid(z, z);
        return z;
    }

    /// <summary>The predicted choice: 1 where Xw + b &gt; 0, else 0 (scikit-learn's <c>predict</c>).</summary>
    public int[] Predict(double[,] X) => [.. DecisionFunction(X).Select(z => z > 0 ? 1 : 0)];

    /// <summary>The fraction of trials predicted correctly (scikit-learn's <c>score</c>).</summary>
    public double Score(double[,] X, int[] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var predicted = Predict(X);
        LogisticInputs.ValidateLabels(y, predicted.Length, requireBothClasses: false);
        var correct = 0;
        for (var i = 0; i < y.Length; i++)
        {
            correct += predicted[i] == y[i] ? 1 : 0;
        }

        return (double)correct / y.Length;
    }

    /// <summary>Checks C, the tolerances and the iteration limit; the messages name the property.</summary>
    internal void ValidateSettings()
    {
        if (Penalty == Penalty.L2 && !(C > 0 && double.IsFinite(C)))
        {
            throw new ArgumentOutOfRangeException(nameof(C), C, "C must be a positive, finite number (for no penalty, set Penalty = Penalty.None).");
        }

        if (!(Tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxIterations);
        if (!(RelativeDecreaseTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(RelativeDecreaseTolerance), RelativeDecreaseTolerance, "RelativeDecreaseTolerance must be ≥ 0.");
        }
    }

    private static InvalidOperationException NotFitted() =>
        new("This LogisticRegression is not fitted yet: call Fit(X, y) before using it.");
}
