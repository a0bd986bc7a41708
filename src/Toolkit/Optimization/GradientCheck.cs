namespace DecodingChoices.Optimization;

/// <summary>
/// Checks a hand-written gradient against the function it claims to differentiate, component by
/// component, with central finite differences (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ and hᵢ = ε^⅓·max(1, |xᵢ|)
/// ≈ 6e-6·max(1, |xᵢ|), accurate to about 10 digits. Use it at a typical point (not at the minimum, where
/// the gradient is nearly zero everywhere) before trusting a minimizer with the gradient.
/// </summary>
public static class GradientCheck
{
    /// <summary>The default largest error that passes: about 1000 times what central differences achieve.</summary>
    public const double DefaultTolerance = 1e-6;

    private static readonly double RelativeStep = Math.Cbrt(FloatingPoint.MachineEpsilon);

    /// <summary>Compares the gradient that <paramref name="objective"/> writes with finite differences of its value at <paramref name="x"/>.</summary>
    /// <param name="objective">f and its gradient, as given to <see cref="Minimizer"/>.</param>
    /// <param name="x">The point to check at (not modified).</param>
    /// <param name="tolerance">The largest error that passes.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty or not finite, or the tolerance is negative.</exception>
    public static GradientCheckResult Compare(ObjectiveWithGradient objective, double[] x, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ValidatePoint(x, tolerance);
        var analytic = new double[x.Length];
        objective(x, analytic);
        var scratch = new double[x.Length];
        return CompareWith(analytic, point =>
        {
            Array.Clear(scratch);
            return objective(point, scratch);
        }, x, tolerance);
    }

    /// <summary>
    /// Compares <paramref name="gradient"/>(x) with finite differences of <paramref name="loss"/> at
    /// <paramref name="x"/>: the form of a loss and its gradient written as two functions.
    /// </summary>
    /// <param name="loss">f(x).</param>
    /// <param name="gradient">∇f(x), one entry per component of x.</param>
    /// <param name="x">The point to check at (not modified).</param>
    /// <param name="tolerance">The largest error that passes.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="x"/> is empty or not finite, the gradient has the wrong length, or the tolerance is negative.
    /// </exception>
    public static GradientCheckResult Compare(Func<double[], double> loss, Func<double[], double[]> gradient, double[] x, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(gradient);
        ValidatePoint(x, tolerance);
        var analytic = gradient((double[])x.Clone());
        if (analytic is null || analytic.Length != x.Length)
        {
            throw new ArgumentException(
                $"The gradient function returned {analytic?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} values for a point with {x.Length} components; it must return one partial derivative per component.",
                nameof(gradient));
        }

        return CompareWith(analytic, loss, x, tolerance);
    }

    private static GradientCheckResult CompareWith(double[] analytic, Func<double[], double> loss, double[] x, double tolerance)
    {
        var point = (double[])x.Clone();
        var worst = new GradientCheckResult { WorstRelativeError = -1, WorstIndex = 0, AnalyticValue = double.NaN, NumericValue = double.NaN, Tolerance = tolerance };
        for (var i = 0; i < x.Length; i++)
        {
            var step = RelativeStep * Math.Max(1, Math.Abs(x[i]));
            var forward = x[i] + step;
            var backward = x[i] - step;
            point[i] = forward;
            var valueForward = loss(point);
            point[i] = backward;
            var valueBackward = loss(point);
            point[i] = x[i];
            var numeric = (valueForward - valueBackward) / (forward - backward);
            var error = Math.Abs(analytic[i] - numeric) / Math.Max(1, Math.Max(Math.Abs(analytic[i]), Math.Abs(numeric)));
            if (double.IsNaN(error))
            {
                error = double.PositiveInfinity;
            }

            if (error > worst.WorstRelativeError)
            {
                worst = new GradientCheckResult { WorstRelativeError = error, WorstIndex = i, AnalyticValue = analytic[i], NumericValue = numeric, Tolerance = tolerance };
            }
        }

        return worst;
    }

    private static void ValidatePoint(double[] x, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0)
        {
            throw new ArgumentException("The point has no components; pass one value per parameter.", nameof(x));
        }

        var bad = Array.FindIndex(x, value => !double.IsFinite(value));
        if (bad >= 0)
        {
            throw new ArgumentException($"x[{bad}] is {FloatingPoint.Value(x[bad])}; the gradient can only be checked at a finite point.", nameof(x));
        }

        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a number ≥ 0 (default 1e-6).");
        }
    }
}
