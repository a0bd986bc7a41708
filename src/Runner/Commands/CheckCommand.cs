using System.ComponentModel;
using DecodingChoices.Runner.Checks;
using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Json;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// <c>course check</c>: runs the autograder's checks on your code in-process and lists each exercise as done,
/// failing or not started, with the first failure's explanation. Exit code 0 when all are done, 4 when one
/// fails, 3 when the rest are only not started.
/// </summary>
internal sealed class CheckCommand(RunnerOutput output, TrackProvider tracks) : CourseCommand<CheckCommand.Settings>(output)
{
    public sealed class Settings : JsonSettings
    {
        [CommandOption("--track <TRACK>")]
        [Description("Whose code to check: exercises (yours, in src/Exercises) or solutions (the reference track).")]
        [DefaultValue(TrackName.Exercises)]
        public TrackName Track { get; init; } = TrackName.Exercises;
    }

    protected override string Name => "check";

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var board = StatusBoard.Evaluate(tracks.Implementation(settings.Track));
        if (settings.Json)
        {
            JsonOutput.Write(Output.Json, CheckJson.From(settings.Track, board));
        }
        else
        {
            StatusBoardPrinter.Print(Console, board, settings.Track);
        }

        return board.ExitCode;
    }
}
