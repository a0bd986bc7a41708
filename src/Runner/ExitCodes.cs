namespace DecodingChoices.Runner;

/// <summary>The runner's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something the runner did not expect (a bug): a one-line message names the exception.</summary>
    public const int Unexpected = 1;

    /// <summary>A missing, unreadable or invalid input file or option (a wrong layout, NaN, labels not 0/1, a checksum mismatch).</summary>
    public const int BadInput = 2;

    /// <summary>The student track reached an exercise that is not written yet (or <c>check</c> found exercises not started).</summary>
    public const int ExerciseNotDone = 3;

    /// <summary>Exercise code threw or returned something unusable (or <c>check</c> found a failing exercise).</summary>
    public const int ExerciseFailed = 4;

    /// <summary>The run was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
