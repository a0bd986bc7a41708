using System.ComponentModel;
using DecodingChoices.Grading.Worker;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Instructor.Commands;

/// <summary>
/// <c>course grade-one</c> (hidden): the grading worker. <c>course grade</c> starts one per submission
/// in a process of its own, so it can kill a submission that never returns without losing any other.
/// </summary>
internal sealed class GradeOneCommand : Command<GradeOneCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--assembly <DLL>")]
        [Description("The compiled submission.")]
        public string Assembly { get; init; } = "";

        [CommandOption("--journal <FILE>")]
        [Description("The JSON Lines journal to append outcomes to (and to resume from).")]
        public string Journal { get; init; } = "";

        [CommandOption("--timeout <SECONDS>")]
        [DefaultValue(10.0)]
        public double Timeout { get; init; } = 10;

        [CommandOption("--hidden-seed <SEED>")]
        public ulong HiddenSeed { get; init; }

        public override ValidationResult Validate() =>
            Assembly.Length == 0 || Journal.Length == 0
                ? ValidationResult.Error("grade-one is started by 'course grade': it needs --assembly and --journal.")
                : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var code = GradingWorker.Run(new WorkerOptions(settings.Assembly, settings.Journal, TimeSpan.FromSeconds(settings.Timeout), settings.HiddenSeed));

        // A check that timed out left its thread running (and the student's code may have started
        // foreground threads of its own): end the process here rather than wait for them.
        Environment.Exit(code);
        return code;
    }
}
