using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using DecodingChoices.Data;
using DecodingChoices.Models;
using DecodingChoices.Numerics;
using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Fitting;
using DecodingChoices.Runner.Json;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// <c>course fit --data FILE [--c C] --out DIR</c>: fits the library's <c>LogisticRegression(C=C)</c> (scikit-learn's
/// equivalent) on every trial of a dataset and writes <c>weights.csv</c>: each neuron's weight, then the intercept.
/// </summary>
internal sealed class FitCommand(RunnerOutput output) : CourseCommand<FitCommand.Settings>(output)
{
    public sealed class Settings : JsonSettings
    {
        [CommandOption("--data <FILE>")]
        [Description("The dataset: the course's CSV layout (choice,neuron_000,…) or a numpy .npz with 'spikes' and 'choices' (such as W1D4_steinmetz_data.npz). Default: the bundled data/steinmetz_standin.csv.")]
        public string? Data { get; init; }

        [CommandOption("-c|--inverse-regularization <C>")]
        [Description("scikit-learn's C, the inverse of the L2 penalty's strength: smaller is a stronger penalty. Also accepted as --c C.")]
        [DefaultValue(1.0)]
        public double C { get; init; } = 1.0;

        [CommandOption("--out <DIR>")]
        [Description("The folder for weights.csv.")]
        [DefaultValue("out")]
        public string Out { get; init; } = "out";

        /// <summary>An empty <c>--data</c>, and an <c>--out</c> that cannot be written, are told before anything is read or written.</summary>
        public override Spectre.Console.ValidationResult Validate()
        {
            if (Data is not null && string.IsNullOrWhiteSpace(Data))
            {
                return Spectre.Console.ValidationResult.Error("--data \"\": give the path of a dataset file (a .csv or .npz), or leave --data out to use the bundled data.");
            }

            return OutputFolder.Problem(Out) is { } problem
                ? Spectre.Console.ValidationResult.Error($"--out {Out}: {problem}")
                : base.Validate();
        }
    }

    protected override string Name => "fit";

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        if (!(settings.C > 0 && double.IsFinite(settings.C)))
        {
            throw new RunnerException($"--c {settings.C.ToString(CultureInfo.InvariantCulture)}: C must be a positive, finite number (scikit-learn's default is 1.0; smaller means a stronger penalty).");
        }

        var data = settings.Data is null ? BundledData.Load() : DatasetLoader.Load(settings.Data);
        DataRequirements.RequireBothChoices(data);
        var clock = Stopwatch.StartNew();
        LogisticRegression model;
        try
        {
            model = new LogisticRegression { C = settings.C }.Fit(data.Spikes, data.Choices, cancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new RunnerException($"{data.Source}: cannot fit a model to these data: {ArgumentMessage.Of(e)}");
        }

        var elapsed = clock.Elapsed;
        var accuracy = model.Score(data.Spikes, data.Choices);
        Directory.CreateDirectory(settings.Out);
        var weightsPath = Path.GetFullPath(Path.Combine(settings.Out, WeightsFile.FileName));
        WeightsFile.Write(weightsPath, model.Coefficients, model.Intercept);

        var report = model.LastFit!;
        if (settings.Json)
        {
            JsonOutput.Write(Output.Json, new FitCommandJson(
                Name, DataJson.From(data), settings.C, report.Iterations, report.Converged, report.Status.ToString(), report.Message,
                report.Objective, accuracy, model.Intercept, weightsPath, elapsed.TotalSeconds));
            return ExitCodes.Success;
        }

        var c = settings.C.ToString(CultureInfo.InvariantCulture);
        Console.MarkupLineInterpolated($"[bold]LogisticRegression(C={c})[/] on all trials of [grey]{data.Source}[/]");
        Console.WriteLine($"spikes {data.Spikes.ShapeText()}, choices {data.Choices.ShapeText()} ({data.CountOfOnes()} with choice 1)");
        Console.WriteLine(report.Converged
            ? $"converged after {report.Iterations} iterations, {elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s"
            : $"did not converge in {report.Iterations} iterations ({report.Message}), {elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s");
        Console.WriteLine($"training accuracy {accuracy.ToString("F3", CultureInfo.InvariantCulture)} (on the trials it was fitted to), intercept {model.Intercept.ToString("G6", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"{model.Coefficients.Length} weights and the intercept → {Display(weightsPath)}");
        return ExitCodes.Success;
    }
}
