namespace DecodingChoices.Grading.Batch;

/// <summary>How a worker process ended.</summary>
/// <param name="ExitCode">Its exit code (meaningless when <paramref name="Killed"/>).</param>
/// <param name="Killed">True when the grader killed it at the submission's time budget.</param>
/// <param name="ErrorHead">The first characters it wrote to its standard error (the runtime's last words on a crash).</param>
public sealed record WorkerExit(int ExitCode, bool Killed, string ErrorHead);
