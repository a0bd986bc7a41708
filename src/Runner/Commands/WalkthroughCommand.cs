using System.ComponentModel;
using System.Globalization;
using DecodingChoices.Data;
using DecodingChoices.Numerics;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary><c>course</c> (no command): the tutorial's walkthrough on the bundled data.</summary>
public sealed class WalkthroughCommand : Command<WalkthroughCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <FILE>")]
        [Description("The dataset: the course's CSV layout or a numpy .npz with 'spikes' and 'choices'. Default: the bundled data/steinmetz_standin.csv.")]
        public string? Data { get; init; }

        [CommandOption("--track <TRACK>")]
        [Description("Whose code runs the exercises: solutions (the reference track) or exercises (yours, in src/Exercises).")]
        [DefaultValue(TrackName.Solutions)]
        public TrackName Track { get; init; } = TrackName.Solutions;

        [CommandOption("--seed <SEED>")]
        [Description("The seed of the 80/20 train/test split.")]
        [DefaultValue(TrainTestSplit.DefaultSeed)]
        public ulong Seed { get; init; } = TrainTestSplit.DefaultSeed;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        SpikeDataset data;
        try
        {
            data = settings.Data is null ? BundledData.Load() : DatasetLoader.Load(settings.Data);
        }
        catch (DatasetException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadInput;
        }

        var track = Track.Create(settings.Track);
        AnsiConsole.MarkupLineInterpolated($"[bold]Decoding choices[/] — Machine Learning III, Tutorial 2 ([blue]{settings.Track}[/] track)");
        AnsiConsole.MarkupLineInterpolated($"[grey]data: {data.Source}[/]");
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("[bold]The data[/]");
        AnsiConsole.WriteLine($"spikes {data.Spikes.ShapeText()}");
        AnsiConsole.WriteLine($"choices {data.Choices.ShapeText()}");

        var split = TrainTestSplit.Create(data.TrialCount, settings.Seed);
        var (train, test) = split.Apply(data);
        AnsiConsole.MarkupLineInterpolated($"[grey]80/20 split, seed {settings.Seed}:[/]");
        AnsiConsole.WriteLine($"{train.Spikes.ShapeText()}");
        AnsiConsole.WriteLine($"{train.Choices.ShapeText()}");
        AnsiConsole.WriteLine();

        try
        {
            var result = Exercise1Walkthrough.Run(track, train, test, cancellationToken: cancellationToken);
            Render(result, test);
            return ExitCodes.Success;
        }
        catch (ExerciseFailure failure)
        {
            AnsiConsole.WriteLine();
            var colour = failure.NotImplemented ? "yellow" : "red";
            AnsiConsole.MarkupLineInterpolated($"[{colour}]Stopped at {failure.Exercise.Label}:[/] {failure.InnerException!.Message}");
            return failure.NotImplemented ? ExitCodes.ExerciseNotDone : ExitCodes.ExerciseFailed;
        }
    }

    private static void Render(Exercise1Result result, SpikeDataset test)
    {
        AnsiConsole.MarkupLine("[bold]Exercise 1[/]: logistic regression by hand, θ = 0 to start");
        AnsiConsole.WriteLine($"1A  z = Xθ                 z {result.ZeroThetaZ.ShapeText()}");
        var (grid, sigma) = result.SigmoidCurve;
        AnsiConsole.WriteLine($"1B  σ(z) over (−10, 10)     σ({F(grid[0])}) = {F(sigma[0])}, σ({F(grid[24])}) = {F(sigma[24])}, σ({F(grid[^1])}) = {F(sigma[^1])}");
        AnsiConsole.WriteLine($"1C  h = σ(Xθ)              h {result.ZeroThetaH.ShapeText()}, mean {F(result.ZeroThetaH.Average())}");
        AnsiConsole.WriteLine($"1D  J(θ = 0)               {F(result.ZeroThetaLoss)}  (log 2 = {F(Math.Log(2))})");
        var fit = result.Fit;
        AnsiConsole.WriteLine($"1E  minimize(LogisticLoss, θ, (X, y)): L-BFGS from the loss alone, gradient by finite differences");
        AnsiConsole.WriteLine($"    {fit.Message}");
        AnsiConsole.WriteLine($"    {fit.Iterations} iterations, {fit.ObjectiveCalls:N0} loss evaluations, J(θ̂) = {F(fit.Fun)}, {result.FitTime.TotalSeconds:F1} s");
        AnsiConsole.MarkupLineInterpolated($"    training accuracy [bold]{result.TrainAccuracy:F3}[/]   test accuracy [bold]{result.TestAccuracy:F3}[/] ({test.TrialCount} held-out trials)");
    }

    private static string F(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
