using System.ComponentModel;
using DecodingChoices.Runner.Checks;
using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Json;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Progress;
using DecodingChoices.Runner.Report;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// <c>course report</c>: your submission, the tutorial's "print to PDF" step, as one self-contained HTML file:
/// the checks' verdicts, the walkthrough on your code, its plots, and your answers from src/Exercises/2B-Interpretation/ANSWERS.md.
/// It is written (exit code 0) even when exercises are not done yet: it says which.
/// </summary>
internal sealed class ReportCommand(RunnerOutput output, TrackProvider tracks) : CourseCommand<ReportCommand.Settings>(output)
{
    public sealed class Settings : TutorialSettings
    {
        [CommandOption("--track <TRACK>")]
        [Description("Whose code the report is about: exercises (yours, in src/Exercises) or solutions (the reference track).")]
        [DefaultValue(TrackName.Exercises)]
        public TrackName Track { get; init; } = TrackName.Exercises;

        [CommandOption("--answers <FILE>")]
        [Description("Your answers to the interpretation questions (Markdown). Default: src/Exercises/2B-Interpretation/ANSWERS.md.")]
        public string? Answers { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("Your name, as the report shows it. Kept in out/.student.json for the next report. Default: the name kept from an earlier report, else git config user.name, else asked once on a terminal.")]
        public string? Name { get; init; }

        public override ValidationResult Validate()
        {
            if (Name is not null && StudentName.Clean(Name) is null)
            {
                return ValidationResult.Error("--name \"\": give your name as the report should show it, such as --name \"Ada Lovelace\".");
            }

            return base.Validate();
        }
    }

    protected override string Name => "report";

    /// <summary>
    /// Asks for the name on an interactive terminal only: never when input or output is redirected or JSON is
    /// asked for, where no one may be there to answer (a script, CI) and the report must not wait.
    /// </summary>
    private Func<string?>? AskForName(Settings settings)
    {
        if (settings.Json || !Console.Profile.Capabilities.Interactive || System.Console.IsInputRedirected || System.Console.IsOutputRedirected)
        {
            return null;
        }

        return () => Console.Prompt(new TextPrompt<string>("Your name, for the report (kept for next time):").AllowEmpty());
    }

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        settings.Check();
        var answersPath = Path.GetFullPath(settings.Answers ?? CourseRepository.AnswersFile());
        if (!File.Exists(answersPath))
        {
            throw new RunnerException($"the answers file {answersPath} was not found: write your answers in src/Exercises/2B-Interpretation/ANSWERS.md, or give another file with --answers.");
        }

        var answers = File.ReadAllText(answersPath);
        var root = CourseRepository.Root();
        var outFolder = Path.GetFullPath(settings.Out);
        var name = StudentName.Resolve(settings.Name, () => StudentNameStore.Load(outFolder), () => GitUserName.Read(root), AskForName(settings));
        var board = StatusBoard.Evaluate(tracks.Implementation(settings.Track));

        var log = new StringWriter();
        var printer = new WalkthroughPrinter(TextConsole.Create(log));
        var session = TutorialSession.Run(
            settings, settings.Track, tracks.Checked(settings.Track), ProgressDisplay.For(Output, settings.Json), printer.Print, cancellationToken);

        var content = new ReportContent(
            session.Result, board, log.ToString(), session.Plots, answersPath, answers, DateTimeOffset.Now, name, ExerciseCode.ReadAll(root), root, outFolder);
        Directory.CreateDirectory(settings.Out);
        if (name is not null)
        {
            StudentNameStore.Save(outFolder, name);
        }

        var reportPath = Path.GetFullPath(Path.Combine(settings.Out, SubmissionReport.FileName));
        File.WriteAllText(reportPath, SubmissionReport.Render(content));

        var result = session.Result;
        if (settings.Json)
        {
            JsonOutput.Write(Output.Json, new ReportJson(
                Name, settings.Track.ToString().ToLowerInvariant(), name, reportPath, board.DoneCount, board.Exercises.Count, result.Completed,
                result.StoppedAt is { } stop ? StopJson.From(stop) : null, answersPath, content.UnansweredQuestions, session.Plots, ExitCodes.Success));
            return ExitCodes.Success;
        }

        Console.MarkupLineInterpolated($"Wrote [bold]{Display(reportPath)}[/]: {board.DoneCount} of {board.Exercises.Count} exercises done, {session.Plots.Count} plots embedded, answers from {Display(answersPath)}.");
        if (result.StoppedAt is { } stopped)
        {
            Console.MarkupLineInterpolated($"[yellow]The walkthrough stopped at {stopped.Exercise.Label}[/]: the report shows what ran before it.");
        }

        if (content.UnansweredQuestions > 0)
        {
            Console.MarkupLineInterpolated($"[yellow]{content.UnansweredQuestions} question(s) in {Display(answersPath)} have no answer yet.[/]");
        }

        if (name is null)
        {
            Console.MarkupLine("[yellow]The report has no name[/]: give it once with --name \"Your Name\" (it is kept for the next report).");
        }

        Console.WriteLine("Open it in a browser; to hand in a PDF, print it and choose \"Save as PDF\".");
        return ExitCodes.Success;
    }
}
