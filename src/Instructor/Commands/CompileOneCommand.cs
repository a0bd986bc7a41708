using System.ComponentModel;
using DecodingChoices.Grading.Compilation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Instructor.Commands;

/// <summary>
/// <c>course-instructor compile-one</c> (hidden): the grader's compile step. <c>grade</c> runs it in the
/// sandbox with a time and memory cap, one process per submission, so a file that takes minutes or gigabytes
/// to compile costs its own submission and never the grader. It reads the exercise files of <c>--sources</c>
/// and writes the assembly and <c>compile.json</c> into <c>--out</c>; a file that does not compile is replaced by its stub.
/// </summary>
internal sealed class CompileOneCommand : Command<CompileOneCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--sources <DIR>")]
        [Description("The folder with the submission's exercise files.")]
        public string Sources { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Where to write the assembly and compile.json.")]
        public string Out { get; init; } = "";

        public override ValidationResult Validate() =>
            !Directory.Exists(Sources) || !Directory.Exists(Out)
                ? ValidationResult.Error("compile-one is started by 'grade': it needs existing --sources and --out folders.")
                : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var report = SandboxedCompiler.CompileOne(settings.Sources, settings.Out);
        return report.Compiled ? 0 : 1;
    }
}
