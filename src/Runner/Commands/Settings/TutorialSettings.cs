using System.ComponentModel;
using DecodingChoices.Data;
using DecodingChoices.Runner.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands.Settings;

/// <summary>The options of a run through the tutorial (the walkthrough and the report).</summary>
internal class TutorialSettings : JsonSettings
{
    /// <summary>The tutorial's number of shuffles.</summary>
    public const int DefaultShuffles = 1000;

    /// <summary>scikit-learn's default number of folds.</summary>
    public const int DefaultFolds = 5;

    [CommandOption("--data <FILE>")]
    [Description("The dataset: the course's CSV layout (choice,neuron_000,…) or a numpy .npz with 'spikes' and 'choices'. Default: the bundled data/steinmetz_standin.csv.")]
    public string? Data { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("The seed of the 80/20 train/test split, the shuffles and the permutations.")]
    [DefaultValue(TrainTestSplit.DefaultSeed)]
    public ulong Seed { get; init; } = TrainTestSplit.DefaultSeed;

    [CommandOption("--shuffles <COUNT>")]
    [Description("How many shuffles in the shuffle test (Exercise 2A), and permutations in the cross-validated permutation test.")]
    [DefaultValue(DefaultShuffles)]
    public int Shuffles { get; init; } = DefaultShuffles;

    [CommandOption("--folds <COUNT>")]
    [Description("How many stratified folds the permutation test cross-validates with.")]
    [DefaultValue(DefaultFolds)]
    public int Folds { get; init; } = DefaultFolds;

    [CommandOption("--out <DIR>")]
    [Description("The folder for the plots (and the report).")]
    [DefaultValue("out")]
    public string Out { get; init; } = "out";

    [CommandOption("--no-plots")]
    [Description("Do not draw the PNG plots.")]
    [DefaultValue(false)]
    public bool NoPlots { get; init; }

    /// <summary>
    /// Rejects, before anything runs or is written, an empty <c>--data</c> or <c>--out</c> and an <c>--out</c> folder that
    /// cannot be written (a file, or under a read-only folder such as /proc): one line naming the option, exit code 2.
    /// </summary>
    public override ValidationResult Validate()
    {
        if (Data is not null && string.IsNullOrWhiteSpace(Data))
        {
            return ValidationResult.Error("--data \"\": give the path of a dataset file (a .csv or .npz), or leave --data out to use the bundled data.");
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out \"\": give a folder for the plots and the report, such as --out out.");
        }

        return OutputFolder.Problem(Out) is { } problem ? ValidationResult.Error($"--out {Out}: {problem}") : base.Validate();
    }

    /// <summary>Throws a one-line <see cref="RunnerException"/> for an option out of range.</summary>
    public void Check()
    {
        if (Shuffles < 1)
        {
            throw new RunnerException($"--shuffles {Shuffles}: give at least 1 (the tutorial uses {DefaultShuffles}).");
        }

        if (Folds < 2)
        {
            throw new RunnerException($"--folds {Folds}: cross-validation needs at least 2 folds (scikit-learn's default is {DefaultFolds}).");
        }
    }
}
