namespace DecodingChoices.Runner;

/// <summary>The runner's exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A missing, unreadable or invalid input file or option.</summary>
    public const int BadInput = 2;

    /// <summary>The student track reached an exercise that is not written yet.</summary>
    public const int ExerciseNotDone = 3;

    /// <summary>Exercise code threw or returned something unusable.</summary>
    public const int ExerciseFailed = 4;
}
