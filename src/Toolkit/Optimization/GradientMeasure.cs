namespace DecodingChoices.Optimization;

/// <summary>
/// The size of a gradient that <see cref="MinimizeOptions.GradientTolerance"/> is compared with.
/// The default is max|gᵢ|. A fit that runs in transformed coordinates (the course's LogisticRegression
/// runs on reduced coefficients β with w = Qβ) supplies max|(Qg)ᵢ|, so it stops exactly when the same fit
/// in the original coordinates would.
/// </summary>
/// <param name="gradient">The gradient at the current point.</param>
/// <param name="exact">
/// False during the run: the measure may then return a cheaper lower bound whenever that bound already
/// exceeds the gradient tolerance (the decision is the same). True for the size reported at the end.
/// </param>
/// <returns>A non-negative size; the run converges when it is at most the gradient tolerance.</returns>
internal delegate double GradientMeasure(ReadOnlySpan<double> gradient, bool exact);
