using DecodingChoices.Runner.Output;

namespace DecodingChoices.Runner.Progress;

/// <summary>Chooses how to show progress: live bars on a terminal, plain lines otherwise, nothing with <c>--json</c>.</summary>
internal static class ProgressDisplay
{
    public static IProgressDisplay For(RunnerOutput output, bool json) =>
        json ? new SilentProgress()
        : output.LiveProgress ? new LiveProgress(output.Console)
        : new PlainProgress(output.Console);
}
