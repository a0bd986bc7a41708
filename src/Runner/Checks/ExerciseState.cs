namespace DecodingChoices.Runner.Checks;

/// <summary>Where a student is with one exercise.</summary>
internal enum ExerciseState
{
    /// <summary>Every check passes.</summary>
    Done,

    /// <summary>Written (at least partly), but a check fails.</summary>
    Failing,

    /// <summary>The stub still throws "not implemented" in every check.</summary>
    NotStarted,

    /// <summary>Written, but its checks fail while an earlier exercise it calls is not done (see <see cref="ExerciseDependencies"/>).</summary>
    Waiting,
}
