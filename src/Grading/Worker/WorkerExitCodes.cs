namespace DecodingChoices.Grading.Worker;

/// <summary>How a grading worker's process ends.</summary>
public static class WorkerExitCodes
{
    /// <summary>Every check has an outcome in the journal.</summary>
    public const int Done = 0;

    /// <summary>The worker could not grade at all (the submission would not load); the journal's last line says why.</summary>
    public const int Fatal = 2;

    /// <summary>A check timed out: the worker stopped so its runaway thread stops with it; the grader starts a new one to go on.</summary>
    public const int StoppedAfterTimeout = 3;
}
