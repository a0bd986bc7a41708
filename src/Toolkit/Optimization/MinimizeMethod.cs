namespace DecodingChoices.Optimization;

/// <summary>How <see cref="Minimizer"/> chooses each step.</summary>
public enum MinimizeMethod
{
    /// <summary>
    /// Limited-memory BFGS (the default, and what scikit-learn's LogisticRegression uses). It remembers the
    /// last few steps and how the gradient changed along them, which tells it about the curvature of f, and
    /// turns the gradient into a much better direction than steepest descent at almost the same cost.
    /// Each step length satisfies the strong Wolfe conditions.
    /// </summary>
    Lbfgs,

    /// <summary>
    /// Steepest descent: always step along −∇f, with a backtracking (Armijo) line search. Simple and easy to
    /// follow, but slow when the problem is badly conditioned (long, narrow valleys). Offered for teaching.
    /// </summary>
    GradientDescent,
}
