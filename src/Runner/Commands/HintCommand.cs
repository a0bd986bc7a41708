using System.ComponentModel;
using DecodingChoices.Course;
using DecodingChoices.Runner.Checks;
using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Hints;
using DecodingChoices.Runner.Json;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// <c>course hint 1B</c>: the next hint for an exercise, one more each time it is asked (the last one repeats).
/// Without an exercise, the hint is for the first exercise your code does not pass yet.
/// </summary>
internal sealed class HintCommand(RunnerOutput output, TrackProvider tracks) : CourseCommand<HintCommand.Settings>(output)
{
    public sealed class Settings : JsonSettings
    {
        [CommandArgument(0, "[EXERCISE]")]
        [Description("The exercise (1A, 1B, 1C, 1D, 1E, 2A, or 2B for the interpretation questions). Default: the first one your code does not pass.")]
        public string? Exercise { get; init; }

        [CommandOption("--reset")]
        [Description("Start this exercise's hints (or, without an exercise, every exercise's) again from the first.")]
        [DefaultValue(false)]
        public bool Reset { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("The folder where the hints already shown are remembered (in .hints.json).")]
        [DefaultValue("out")]
        public string Out { get; init; } = "out";
    }

    protected override string Name => "hint";

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var ledger = new HintLedger(Path.Combine(settings.Out, HintLedger.FileName));
        if (settings.Reset)
        {
            var which = settings.Exercise is null ? null : HintCatalog.Normalize(settings.Exercise);
            if (which is not null)
            {
                _ = HintCatalog.For(which);
            }

            ledger.Reset(which);
            Console.WriteLine(which is null ? "Hints start again from the first for every exercise." : $"Hints for {which} start again from the first.");
            return ExitCodes.Success;
        }

        var id = settings.Exercise is null ? NextExercise() : HintCatalog.Normalize(settings.Exercise);
        var hints = HintCatalog.For(id);
        var shown = ledger.Read().GetValueOrDefault(id);
        var number = Math.Min(shown + 1, hints.Count);
        ledger.Record(id, number);

        var exercise = Exercise.Find(id);
        var instructions = exercise?.InstructionsPath ?? $"{HintCatalog.InterpretationFolder}/{CourseRepository.AnswersFileName}";
        var hint = hints[number - 1];
        if (settings.Json)
        {
            JsonOutput.Write(Output.Json, new HintJson(Name, id, number, hints.Count, hint, instructions));
            return ExitCodes.Success;
        }

        var label = exercise?.Label ?? "Exercise 2B (interpretation)";
        Console.MarkupLineInterpolated($"[bold]Hint {number} of {hints.Count}[/] for {label}:");
        foreach (var line in TextWrap.Lines(hint, Math.Min(Console.Profile.Width, 100)))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine();
        if (number < hints.Count)
        {
            Console.MarkupLineInterpolated($"[grey]Run the same command again for the next hint. The instructions: {instructions}[/]");
        }
        else
        {
            Console.MarkupLineInterpolated($"[grey]That was the last hint. Read {instructions} again, and run check to see what your code returns.[/]");
        }
        return ExitCodes.Success;
    }

    /// <summary>The first exercise the student's code does not pass yet; the interpretation questions once all pass.</summary>
    private string NextExercise() =>
        StatusBoard.Evaluate(tracks.Implementation(TrackName.Exercises)).Next?.Exercise.Id ?? HintCatalog.InterpretationId;
}
