namespace DecodingChoices.Runner.Output;

/// <summary>What <c>--json</c> prints when a command fails: the one-line message and the exit code.</summary>
internal sealed record ErrorJson(string Command, string Error, int ExitCode);
