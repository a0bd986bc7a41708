namespace DecodingChoices.Optimization;

/// <summary>
/// A function to minimize that also knows its gradient: it returns f(x) and writes ∇f(x) into
/// <paramref name="gradient"/> (one entry per component of <paramref name="x"/>). This is what
/// <c>scipy.optimize.minimize(fun, x0, jac=True)</c> expects, and it is the fast way to minimize: one call
/// gives the slope in every direction, where finite differences need n + 1 calls.
/// </summary>
/// <param name="x">The point to evaluate. Read it, never keep or modify it: the minimizer reuses the buffer.</param>
/// <param name="gradient">
/// Where to write ∇f(x), as long as <paramref name="x"/>. It arrives filled with zeros, so a gradient built
/// up sample by sample may use <c>+=</c>.
/// </param>
/// <returns>f(x).</returns>
public delegate double ObjectiveWithGradient(ReadOnlySpan<double> x, Span<double> gradient);
