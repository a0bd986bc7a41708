using System.ComponentModel;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands.Settings;

/// <summary>The option every command that computes results has: <c>--json</c>.</summary>
internal class JsonSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print a machine-readable JSON summary to standard output instead of text (no progress bars).")]
    [DefaultValue(false)]
    public bool Json { get; init; }
}
