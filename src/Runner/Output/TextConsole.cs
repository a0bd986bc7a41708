using Spectre.Console;

namespace DecodingChoices.Runner.Output;

/// <summary>A console that writes plain text (no colours, no control codes) to a <see cref="TextWriter"/>.</summary>
internal static class TextConsole
{
    public static IAnsiConsole Create(TextWriter writer, int width = 120)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
