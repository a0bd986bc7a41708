namespace DecodingChoices.Optimization;

/// <summary>How a line search ended.</summary>
internal enum LineSearchOutcome
{
    /// <summary>The step meets the strong Wolfe conditions: enough decrease, and the slope flattened.</summary>
    StrongWolfe,

    /// <summary>The step lowers f enough (Armijo) but the slope condition was not met within the budget.</summary>
    SufficientDecrease,

    /// <summary>No acceptable step was found (or the evaluation budget ran out, or cancellation).</summary>
    Failed,
}
