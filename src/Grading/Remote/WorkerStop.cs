namespace DecodingChoices.Grading.Remote;

/// <summary>Why the worker stopped answering during a check: it ran past the time budget, or its process ended.</summary>
/// <param name="TimedOut">True when the grader killed it at the deadline.</param>
/// <param name="ExitCode">The process's exit code when it ended by itself (−1 when killed).</param>
/// <param name="ErrorHead">The first few kilobytes it wrote to standard error (the runtime's own messages, such as "Stack overflow").</param>
/// <param name="Method">The exercise method that was running.</param>
internal sealed record WorkerStop(bool TimedOut, int ExitCode, string ErrorHead, string Method);
