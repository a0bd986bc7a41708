using System.ComponentModel;
using DecodingChoices.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Instructor.Commands;

/// <summary><c>course make-data</c>: regenerates the seeded stand-in dataset shipped in <c>data/</c>.</summary>
internal sealed class MakeDataCommand : Command<MakeDataCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--seed <SEED>")]
        [Description("The simulation's seed. The shipped file uses the default.")]
        [DefaultValue(StandInDataGenerator.ShippedSeed)]
        public ulong Seed { get; init; } = StandInDataGenerator.ShippedSeed;

        [CommandOption("--out <FILE>")]
        [Description("Where to write the CSV.")]
        [DefaultValue("data/steinmetz_standin.csv")]
        public string Out { get; init; } = "data/steinmetz_standin.csv";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = new StandInDataGenerator().Generate(settings.Seed);
        CsvDatasetWriter.Write(data, settings.Out);
        AnsiConsole.MarkupLineInterpolated($"Wrote {data.TrialCount} trials × {data.NeuronCount} neurons ({data.CountOfOnes()} with choice 1) to [bold]{Path.GetFullPath(settings.Out)}[/] (seed {settings.Seed}).");
        return 0;
    }
}
