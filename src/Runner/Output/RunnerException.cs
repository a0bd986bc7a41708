namespace DecodingChoices.Runner.Output;

/// <summary>A problem a person can fix (a bad option, an unknown exercise, a folder that cannot be written), reported in one line.</summary>
/// <param name="message">What is wrong and what to do, naming the option or file.</param>
/// <param name="exitCode">The process's exit code, one of <see cref="ExitCodes"/>.</param>
internal sealed class RunnerException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
