using Spectre.Console;

namespace DecodingChoices.Runner.Output;

/// <summary>
/// Where a command writes: <see cref="Console"/> for people (colours, tables, progress bars when it is a
/// terminal), <see cref="Json"/> for the machine-readable summary of <c>--json</c>, written as it is.
/// </summary>
/// <param name="Console">The console for human-readable output.</param>
/// <param name="Json">Standard output as plain text: JSON goes here, never wrapped or coloured.</param>
/// <param name="Errors">Standard error: the one-line message of a command that fails.</param>
/// <param name="LiveProgress">Whether progress may be drawn as live bars (a terminal); otherwise it is reported in plain lines.</param>
internal sealed record RunnerOutput(IAnsiConsole Console, TextWriter Json, TextWriter Errors, bool LiveProgress)
{
    /// <summary>Wide enough that redirected output is not wrapped at 80 columns.</summary>
    public const int RedirectedWidth = 120;

    /// <summary>The process's own console: live progress on a terminal, plain text when standard output is redirected.</summary>
    public static RunnerOutput ForProcess()
    {
        var redirected = System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return new RunnerOutput(console, System.Console.Out, System.Console.Error, LiveProgress: !redirected && console.Profile.Capabilities.Interactive);
    }
}
