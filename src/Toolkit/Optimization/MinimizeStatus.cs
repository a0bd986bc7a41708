namespace DecodingChoices.Optimization;

/// <summary>Why <see cref="Minimizer"/> stopped. The first two count as success.</summary>
public enum MinimizeStatus
{
    /// <summary>Converged: every gradient component is at most <see cref="MinimizeOptions.GradientTolerance"/> in size.</summary>
    GradientToleranceReached,

    /// <summary>
    /// Converged: the last iteration lowered f by a relative amount of at most
    /// <see cref="MinimizeOptions.RelativeDecreaseTolerance"/>.
    /// </summary>
    RelativeDecreaseReached,

    /// <summary>Not converged: <see cref="MinimizeOptions.MaxIterations"/> iterations were used up.</summary>
    MaxIterations,

    /// <summary>Not converged: <see cref="MinimizeOptions.MaxFunctionEvaluations"/> evaluations were used up.</summary>
    MaxFunctionEvaluations,

    /// <summary>
    /// Not converged: no step along the search direction lowered f, usually because f is already as low as
    /// rounding errors allow (precision lost), or because the gradient does not match the objective.
    /// </summary>
    LineSearchFailed,

    /// <summary>The objective or its gradient was NaN or infinite at the starting point.</summary>
    NonFiniteObjective,

    /// <summary>The <see cref="MinimizeOptions.CancellationToken"/> was cancelled.</summary>
    Cancelled,
}
