using System.ComponentModel;
using System.Globalization;
using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Json;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Plots;
using DecodingChoices.Runner.Progress;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// <c>course</c> (no command): the whole tutorial on the bundled data, in the tutorial's order — the data's
/// shapes, Exercise 1 step by step and its fit, Exercise 2's shuffle test with a live progress bar, the
/// cross-validated permutation test, a plain-language interpretation — and the plots as PNG files.
/// </summary>
internal sealed class WalkthroughCommand(RunnerOutput output, TrackProvider tracks, InterpretationSource interpretation) : CourseCommand<WalkthroughCommand.Settings>(output)
{
    public sealed class Settings : TutorialSettings
    {
        [CommandOption("--track <TRACK>")]
        [Description("Whose code runs the exercises: exercises (yours, in src/Exercises; the default for students) or solutions (the reference track; the instructor's default).")]
        public TrackName? Track { get; init; }
    }

    protected override string Name => "walkthrough";

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var printer = settings.Json ? null : new WalkthroughPrinter(Console);
        var track = settings.Track ?? tracks.Default;
        var session = TutorialSession.Run(
            settings, track, tracks.Checked(track), ProgressDisplay.For(Output, settings.Json), printer is null ? null : printer.Print, cancellationToken);

        if (settings.Json)
        {
            JsonOutput.Write(Output.Json, WalkthroughJson.From(Name, session.Result, interpretation.For(session.Result), session.Plots, session.PlotTime.TotalSeconds, session.ExitCode));
            return session.ExitCode;
        }

        var paragraphs = interpretation.For(session.Result);
        if (paragraphs.Count > 0)
        {
            printer!.PrintInterpretation(paragraphs);
        }
        else if (session.Result.Permutation is not null)
        {
            printer!.PrintQuestions(InterpretationQuestions.Read());
        }

        PrintPlots(session.Plots);
        Console.WriteLine();
        Console.MarkupLineInterpolated($"[grey]Done in {(session.Result.Elapsed + session.PlotTime).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s.[/]");
        return session.ExitCode;
    }

    private void PrintPlots(IReadOnlyList<PlotFile> plots)
    {
        if (plots.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.MarkupLineInterpolated($"[bold]Plots[/] ({TutorialPlots.Width}×{TutorialPlots.Height} PNG)");
        var width = plots.Max(p => Display(p.Path).Length);
        foreach (var plot in plots)
        {
            Console.WriteLine($"  {Display(plot.Path).PadRight(width)}  {plot.Title}");
        }
    }
}
