using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace DecodingChoices.Data;

/// <summary>
/// Reads a spike dataset in the course's CSV layout (<see cref="CsvDatasetFormat"/>). Every problem is a
/// <see cref="DatasetException"/> naming the file, the line and the column: a ragged line, a value that
/// is not a number, NaN or infinity, a choice other than 0 or 1, an empty file.
/// </summary>
internal static class CsvDatasetReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static SpikeDataset Read(string path)
    {
        var fullPath = DatasetFile.RequireExisting(path);

        try
        {
            using var reader = new StreamReader(fullPath);
            return Read(reader, fullPath);
        }
        catch (IOException e)
        {
            throw new DatasetException(fullPath, $"cannot be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DatasetException(fullPath, $"cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; <paramref name="source"/> names it in messages.</summary>
    public static SpikeDataset Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
        };

        using var parser = new CsvParser(reader, configuration);
        try
        {
            return Read(parser, source);
        }
        catch (CsvHelperException e)
        {
            // A malformed line (an unbalanced quote, say): CsvHelper's own message names neither the file nor the fix.
            throw new DatasetException(source,
                $"line {parser.RawRow} is not valid CSV (an unbalanced or stray quote?): {Truncate(parser.RawRecord)}", e);
        }
    }

    private static SpikeDataset Read(CsvParser parser, string source)
    {
        if (!parser.Read())
        {
            throw new DatasetException(source, $"the file is empty: expected a header line '{CsvDatasetFormat.ChoiceColumn},neuron_0,neuron_1,…' and one line per trial.");
        }

        var header = parser.Record ?? [];
        if (header.Length == 0 || !string.Equals(header[0], CsvDatasetFormat.ChoiceColumn, StringComparison.OrdinalIgnoreCase))
        {
            throw new DatasetException(source,
                $"line {parser.RawRow}: the first column must be '{CsvDatasetFormat.ChoiceColumn}', found '{(header.Length > 0 ? header[0] : "")}'. The layout is '{CsvDatasetFormat.ChoiceColumn},neuron_0,neuron_1,…' with one line per trial.");
        }

        var neurons = header.Length - 1;
        if (neurons == 0)
        {
            throw new DatasetException(source, $"line {parser.RawRow}: the header has a '{CsvDatasetFormat.ChoiceColumn}' column but no neuron columns.");
        }

        var rates = new List<double>(neurons * 256);
        var choices = new List<int>(256);
        while (parser.Read())
        {
            var line = parser.RawRow;
            var fieldCount = parser.Count;
            if (fieldCount != header.Length)
            {
                throw new DatasetException(source,
                    $"line {line} has {fieldCount} fields but the header has {header.Length} ('{CsvDatasetFormat.ChoiceColumn}' and {neurons} neurons): every trial needs a choice and one rate per neuron.");
            }

            choices.Add(ParseChoice(parser[0], source, line));
            for (var column = 1; column <= neurons; column++)
            {
                rates.Add(ParseRate(parser[column], source, line, header[column]));
            }
        }

        if (choices.Count == 0)
        {
            throw new DatasetException(source, "the file has a header but no trials: add one line per trial.");
        }

        var spikes = new double[choices.Count, neurons];
        Numerics.MatrixSpans.AsSpan(spikes).CopyFrom(rates);
        return SpikeDataset.Create(spikes, [.. choices], source);
    }

    private static string Truncate(string? text) =>
        text is null ? "" : text.Length <= 60 ? text.TrimEnd() : text[..60] + "…";

    private static int ParseChoice(string field, string source, long line) => field switch
    {
        "0" or "0.0" => 0,
        "1" or "1.0" => 1,
        _ => throw new DatasetException(source,
            $"line {line}, column '{CsvDatasetFormat.ChoiceColumn}': '{field}' is not a choice; choices must be 0 or 1."),
    };

    private static double ParseRate(string field, string source, long line, string column)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new DatasetException(source, $"line {line}, column '{column}': '{field}' is not a number.");
        }

        if (!double.IsFinite(value))
        {
            throw new DatasetException(source, $"line {line}, column '{column}': '{field}' is not a finite number; every spike rate must be finite.");
        }

        return value;
    }

    private static void CopyFrom(this Span<double> destination, List<double> values) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values).CopyTo(destination);
}
