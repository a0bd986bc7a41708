namespace DecodingChoices.Optimization;

/// <summary>
/// Finds a point where a function of many variables is (locally) smallest: the course's own
/// <c>scipy.optimize.minimize</c>, written out so that every step can be read. Logistic regression is fitted
/// by minimizing its loss over θ with it.
/// </summary>
/// <remarks>
/// <para>
/// Each iteration picks a downhill direction d (−∇f for gradient descent, a curvature-corrected −H∇f for
/// L-BFGS), then a <i>line search</i> picks how far to go along it, and the step is accepted. See
/// <see cref="MinimizeOptions"/> for when it stops and <see cref="MinimizeResult"/> for what it reports.
/// </para>
/// <para>
/// Each call rents its work buffers once and its iteration loop allocates nothing (the parallel
/// finite-difference mode aside, where <c>Parallel.For</c> has its own bookkeeping), so many fits can run
/// side by side on different threads.
/// </para>
/// </remarks>
public static class Minimizer
{
    /// <summary>
    /// Minimizes <paramref name="objective"/>, which returns f(x) and writes ∇f(x) (like
    /// <c>scipy.optimize.minimize(fun, x0, jac=True)</c>).
    /// </summary>
    /// <param name="objective">f and its gradient; see <see cref="ObjectiveWithGradient"/>.</param>
    /// <param name="initial">The starting point x₀ (not modified): one finite value per parameter.</param>
    /// <param name="options">Method and stopping rules; <see cref="MinimizeOptions.Default"/> when null.</param>
    /// <returns>The point found and why the minimizer stopped; check <see cref="MinimizeResult.Success"/>.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="initial"/> is empty or holds NaN/∞, or <paramref name="options"/> holds an impossible setting.
    /// </exception>
    public static MinimizeResult Minimize(ObjectiveWithGradient objective, double[] initial, MinimizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        options = Validate(initial, options);
        return Run(new AnalyticGradientEvaluator(objective), initial, options);
    }

    /// <summary>
    /// Minimizes <paramref name="objective"/> knowing only its values, like
    /// <c>scipy.optimize.minimize(fun, x0)</c>: the gradient is estimated by forward differences,
    /// ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x)) / hᵢ with hᵢ = √ε·max(1, |xᵢ|) ≈ 1.49e-8·max(1, |xᵢ|), as scipy's
    /// <c>approx_fprime</c>. Each gradient costs n + 1 calls, spread over all cores unless
    /// <see cref="MinimizeOptions.ParallelFiniteDifferences"/> is off; the estimate is accurate to about 8
    /// digits, so ask for a gradient tolerance no smaller than about 1e-6 times the gradient's scale.
    /// </summary>
    /// <param name="objective">
    /// f(x). It must only read the array it is given (each worker has its own copy, reused between calls).
    /// </param>
    /// <param name="initial">The starting point x₀ (not modified): one finite value per parameter.</param>
    /// <param name="options">Method and stopping rules; <see cref="MinimizeOptions.Default"/> when null.</param>
    /// <returns>The point found and why the minimizer stopped; check <see cref="MinimizeResult.Success"/>.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="initial"/> is empty or holds NaN/∞, or <paramref name="options"/> holds an impossible setting.
    /// </exception>
    public static MinimizeResult Minimize(Func<double[], double> objective, double[] initial, MinimizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        options = Validate(initial, options);
        return Run(new FiniteDifferenceEvaluator(objective, initial.Length, options.ParallelFiniteDifferences), initial, options);
    }

    private static MinimizeResult Run(ObjectiveEvaluator evaluator, double[] initial, MinimizeOptions options)
    {
        using var workspace = new MinimizerWorkspace(initial.Length, options);
        return new MinimizationLoop(evaluator, workspace, options).Run(initial);
    }

    private static MinimizeOptions Validate(double[] initial, MinimizeOptions? options)
    {
        ArgumentNullException.ThrowIfNull(initial);
        if (initial.Length == 0)
        {
            throw new ArgumentException(
                "The starting point has no components; pass one value per parameter (new double[n] starts from zeros).", nameof(initial));
        }

        for (var i = 0; i < initial.Length; i++)
        {
            if (!double.IsFinite(initial[i]))
            {
                throw new ArgumentException(
                    $"initial[{i}] is {FloatingPoint.Value(initial[i])}; every component of the starting point must be a finite number.", nameof(initial));
            }
        }

        options ??= MinimizeOptions.Default;
        options.Validate(nameof(options));
        if (MinimizerWorkspace.RequiredLength(initial.Length, options) > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.HistorySize,
                $"MinimizeOptions.HistorySize {options.HistorySize} needs more memory than an array can hold for {initial.Length} parameters; 10 is the usual choice.");
        }

        return options;
    }
}
