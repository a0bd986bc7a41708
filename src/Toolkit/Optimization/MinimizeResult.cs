using System.Globalization;

namespace DecodingChoices.Optimization;

/// <summary>
/// What <see cref="Minimizer"/> found, like scipy's <c>OptimizeResult</c>: check <see cref="Success"/> (or
/// read <see cref="Message"/>) before trusting <see cref="X"/>. Printing the result shows a scipy-style summary.
/// </summary>
public sealed class MinimizeResult
{
    /// <summary>The best point found (scipy's <c>x</c>). The starting point when the objective was not finite there.</summary>
    public required double[] X { get; init; }

    /// <summary>f at <see cref="X"/> (scipy's <c>fun</c>).</summary>
    public required double Fun { get; init; }

    /// <summary>∇f at <see cref="X"/> (scipy's <c>jac</c>); estimated by finite differences in that mode.</summary>
    public required double[] Gradient { get; init; }

    /// <summary>max|∂f/∂xᵢ| at <see cref="X"/>: the number compared with the gradient tolerance.</summary>
    public required double MaxAbsGradient { get; init; }

    /// <summary>How many steps were accepted (scipy's <c>nit</c>).</summary>
    public required int Iterations { get; init; }

    /// <summary>
    /// How many points f was evaluated at, line-search trials included (scipy L-BFGS-B's <c>nfev</c> when
    /// given a gradient). This is what <see cref="MinimizeOptions.MaxFunctionEvaluations"/> limits.
    /// </summary>
    public required int FunctionEvaluations { get; init; }

    /// <summary>
    /// How many gradients were computed (scipy's <c>njev</c>). Every evaluated point also gets its gradient,
    /// so this equals <see cref="FunctionEvaluations"/>.
    /// </summary>
    public required int GradientEvaluations { get; init; }

    /// <summary>
    /// How many times the objective delegate was called. With an analytic gradient this is
    /// <see cref="FunctionEvaluations"/>; with finite differences each point costs n + 1 calls (scipy BFGS
    /// without <c>jac</c> counts these in its <c>nfev</c>).
    /// </summary>
    public required long ObjectiveCalls { get; init; }

    /// <summary>f at the start and after each iteration: <see cref="Iterations"/> + 1 values, ready to plot.</summary>
    public required IReadOnlyList<double> LossHistory { get; init; }

    /// <summary>Why the minimizer stopped.</summary>
    public required MinimizeStatus Status { get; init; }

    /// <summary>
    /// True when a convergence test was met (<see cref="MinimizeStatus.GradientToleranceReached"/> or
    /// <see cref="MinimizeStatus.RelativeDecreaseReached"/>).
    /// </summary>
    public bool Success => Status is MinimizeStatus.GradientToleranceReached or MinimizeStatus.RelativeDecreaseReached;

    /// <summary>A sentence explaining the outcome, with the numbers that decided it.</summary>
    public required string Message { get; init; }

    /// <summary>A summary in the style of scipy's printed <c>OptimizeResult</c>.</summary>
    public override string ToString()
    {
        var x = string.Join(", ", X.Select(value => value.ToString("G6", CultureInfo.InvariantCulture)));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
              message: {Message}
              success: {(Success ? "True" : "False")}
               status: {Status}
                  fun: {Fun:G10}
                    x: [{x}]
                  nit: {Iterations}
                 nfev: {FunctionEvaluations}
                 njev: {GradientEvaluations}
            max|grad|: {FloatingPoint.Small(MaxAbsGradient)}
            """);
    }
}
