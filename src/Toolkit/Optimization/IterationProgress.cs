namespace DecodingChoices.Optimization;

/// <summary>
/// What <see cref="MinimizeOptions.Callback"/> learns after each iteration: enough to print or plot the
/// loss curve while the fit runs.
/// </summary>
/// <param name="Iteration">0 for the starting point, then 1, 2, … after each accepted step.</param>
/// <param name="Fun">f at the current point.</param>
/// <param name="MaxAbsGradient">The largest gradient component in size, max|∂f/∂xᵢ|, which must fall below the gradient tolerance.</param>
public readonly record struct IterationProgress(int Iteration, double Fun, double MaxAbsGradient);
