using System.Globalization;
using CsvHelper;
using DecodingChoices.Numerics;

namespace DecodingChoices.Data;

/// <summary>Writes a spike dataset in the course's CSV layout (<see cref="CsvDatasetFormat"/>).</summary>
internal static class CsvDatasetWriter
{
    /// <summary>Writes <paramref name="data"/> to <paramref name="path"/>, creating its folder if needed.</summary>
    public static void Write(SpikeDataset data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(data, writer);
    }

    /// <summary>Writes <paramref name="data"/> as CSV text to <paramref name="writer"/>.</summary>
    public static void Write(SpikeDataset data, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(data);
        var configuration = new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, configuration, leaveOpen: true);
        var width = CsvDatasetFormat.NeuronColumnWidth(data.NeuronCount);
        csv.WriteField(CsvDatasetFormat.ChoiceColumn);
        for (var j = 0; j < data.NeuronCount; j++)
        {
            csv.WriteField(CsvDatasetFormat.NeuronColumn(j, width));
        }

        csv.NextRecord();
        for (var i = 0; i < data.TrialCount; i++)
        {
            csv.WriteField(data.Choices[i].ToString(CultureInfo.InvariantCulture));
            foreach (var rate in data.Spikes.Row(i))
            {
                csv.WriteField(rate.ToString("R", CultureInfo.InvariantCulture));
            }

            csv.NextRecord();
        }
    }
}
