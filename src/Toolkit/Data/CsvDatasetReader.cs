using System.Globalization;

namespace DecodingChoices.Data;

/// <summary>
/// Reads a spike dataset in the course's CSV layout (<see cref="CsvDatasetFormat"/>). Every problem is a
/// <see cref="DatasetException"/> naming the file, the line and the column: a ragged line, a quote that is never
/// closed (at the line where it opens), a value that is not a number, NaN or infinity, a rate larger than
/// <see cref="SpikeDataset.MaxRateMagnitude"/>, a choice other than 0 or 1, an empty file.
/// <para>
/// Memory: the file is streamed twice with <see cref="CsvRecordReader"/>, which holds one record at a time.
/// The first pass checks the layout and counts the trials; the second parses each value straight into the
/// spikes matrix, allocated once at its final size. So reading needs the data itself plus a constant, however
/// large the file (a list grown while reading would need up to three times the data, with its doublings and
/// the final copy).
/// </para>
/// </summary>
internal static class CsvDatasetReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static SpikeDataset Read(string path)
    {
        var fullPath = DatasetFile.RequireExisting(path);

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
            if (!stream.CanSeek)
            {
                throw new DatasetException(fullPath, "is not a regular file (a pipe?): save the data to a .csv file and give its path.");
            }

            var (header, trials) = Scan(stream, fullPath);
            stream.Position = 0;
            return Fill(stream, fullPath, header, trials);
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

    /// <summary>
    /// Reads CSV text from <paramref name="reader"/>; <paramref name="source"/> names it in messages. A reader
    /// cannot be read twice, so the values are gathered in fixed-size blocks (no list doublings) and copied
    /// into the matrix at the end: twice the data at the peak. Files go through <see cref="Read(string)"/>.
    /// </summary>
    public static SpikeDataset Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        const int BlockSize = 1 << 16;
        var csv = new CsvRecordReader(reader);
        var header = ReadHeader(csv, source);
        var neurons = header.Length - 1;
        var blocks = new List<double[]>();
        var used = BlockSize;
        var choices = new List<int>();
        while (Next(csv, source))
        {
            RequireShape(csv, source, header);
            choices.Add(ParseChoice(csv[0], source, csv.Line));
            for (var column = 1; column <= neurons; column++)
            {
                if (used == BlockSize)
                {
                    blocks.Add(new double[BlockSize]);
                    used = 0;
                }

                blocks[^1][used++] = ParseRate(csv[column], source, csv.Line, column, header[column]);
            }
        }

        RequireTrials(choices.Count, source);
        var spikes = new double[choices.Count, neurons];
        var destination = Numerics.MatrixSpans.AsSpan(spikes);
        for (var b = 0; b < blocks.Count; b++)
        {
            var length = Math.Min(BlockSize, destination.Length - (b * BlockSize));
            blocks[b].AsSpan(0, length).CopyTo(destination[(b * BlockSize)..]);
        }

        return SpikeDataset.Create(spikes, [.. choices], source);
    }

    /// <summary>The first pass: the header's column names and the number of trials; every line's shape is checked.</summary>
    private static (string[] Header, int Trials) Scan(Stream stream, string source)
    {
        var csv = new CsvRecordReader(new StreamReader(stream, leaveOpen: true));
        var header = ReadHeader(csv, source);
        var trials = 0;
        while (Next(csv, source))
        {
            RequireShape(csv, source, header);
            trials++;
        }

        RequireTrials(trials, source);
        return (header, trials);
    }

    private static void RequireShape(CsvRecordReader csv, string source, string[] header)
    {
        if (csv.Count != header.Length)
        {
            throw new DatasetException(source,
                $"line {csv.Line} has {csv.Count} fields but the header has {header.Length} ('{CsvDatasetFormat.ChoiceColumn}' and {header.Length - 1} neurons): every trial needs a choice and one rate per neuron.");
        }
    }

    private static void RequireTrials(int trials, string source)
    {
        if (trials == 0)
        {
            throw new DatasetException(source, "the file has a header but no trials: add one line per trial.");
        }
    }

    /// <summary>The second pass: parses every value into arrays of their final size.</summary>
    private static SpikeDataset Fill(Stream stream, string source, string[] header, int trials)
    {
        var csv = new CsvRecordReader(new StreamReader(stream, leaveOpen: true));
        ReadHeader(csv, source);
        var neurons = header.Length - 1;
        var spikes = new double[trials, neurons];
        var choices = new int[trials];
        for (var trial = 0; trial < trials && Next(csv, source); trial++)
        {
            choices[trial] = ParseChoice(csv[0], source, csv.Line);
            for (var column = 1; column <= neurons; column++)
            {
                spikes[trial, column - 1] = ParseRate(csv[column], source, csv.Line, column, header[column]);
            }
        }

        return SpikeDataset.Create(spikes, choices, source);
    }

    private static string[] ReadHeader(CsvRecordReader csv, string source)
    {
        if (!Next(csv, source))
        {
            throw new DatasetException(source, $"the file is empty: expected a header line '{CsvDatasetFormat.ChoiceColumn},neuron_0,neuron_1,…' and one line per trial.");
        }

        var header = new string[csv.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = csv[i].ToString();
        }

        if (!string.Equals(header[0], CsvDatasetFormat.ChoiceColumn, StringComparison.OrdinalIgnoreCase))
        {
            throw new DatasetException(source,
                $"line {csv.Line}: the first column must be '{CsvDatasetFormat.ChoiceColumn}', found '{header[0]}'. The layout is '{CsvDatasetFormat.ChoiceColumn},neuron_0,neuron_1,…' with one line per trial.");
        }

        if (header.Length == 1)
        {
            throw new DatasetException(source, $"line {csv.Line}: the header has a '{CsvDatasetFormat.ChoiceColumn}' column but no neuron columns.");
        }

        return header;
    }

    /// <summary>The next record, with a malformed line told as a <see cref="DatasetException"/>.</summary>
    private static bool Next(CsvRecordReader csv, string source)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new DatasetException(source, $"line {e.Line}, column {e.Column} is not valid CSV: {e.Problem}. Close the quote or remove it (numbers need no quotes).", e);
        }
    }

    private static int ParseChoice(ReadOnlySpan<char> field, string source, long line) => field switch
    {
        "0" or "0.0" => 0,
        "1" or "1.0" => 1,
        _ => throw new DatasetException(source,
            $"line {line}, column '{CsvDatasetFormat.ChoiceColumn}': '{Truncate(field)}' is not a choice; choices must be 0 or 1."),
    };

    private static double ParseRate(ReadOnlySpan<char> field, string source, long line, int column, string name)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new DatasetException(source, $"line {line}, column '{name}': '{Truncate(field)}' is not a number.");
        }

        if (!double.IsFinite(value))
        {
            throw new DatasetException(source, $"line {line}, column '{name}': '{Truncate(field)}' is not a finite number; every spike rate must be finite.");
        }

        if (Math.Abs(value) > SpikeDataset.MaxRateMagnitude)
        {
            throw new DatasetException(source,
                $"line {line}, column {column + 1} ('{name}'): {Truncate(field)} is too large; spike rates must be finite numbers of reasonable size, |x| ≤ {SpikeDataset.MaxRateMagnitude:0e0} (rescale the data, e.g. to spikes per second or z-scores).");
        }

        return value;
    }

    private static string Truncate(ReadOnlySpan<char> text) =>
        text.Length <= 60 ? text.ToString() : string.Concat(text[..60], "…");
}
