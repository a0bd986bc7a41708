using DecodingChoices.Data;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

public sealed class CsvDatasetReaderTests
{
    private static SpikeDataset Read(string text) => CsvDatasetReader.Read(new StringReader(text), "trials.csv");

    private static DatasetException Rejects(string text) => Should.Throw<DatasetException>(() => Read(text));

    [Fact]
    public void Reads_choices_and_rates_in_row_major_order()
    {
        var data = Read("choice,neuron_0,neuron_1\n1,0.5,-1.25\n0,2,3e-2\n");
        data.TrialCount.ShouldBe(2);
        data.NeuronCount.ShouldBe(2);
        data.Choices.ShouldBe([1, 0]);
        data.Spikes[0, 1].ShouldBe(-1.25);
        data.Spikes[1, 1].ShouldBe(0.03);
    }

    [Fact]
    public void Writer_and_reader_round_trip_every_bit()
    {
        var original = new StandInDataGenerator { Trials = 9, Neurons = 4, Decimals = 15 }.Generate(5);
        var text = new StringWriter();
        CsvDatasetWriter.Write(original, text);
        var copy = Read(text.ToString());
        copy.Choices.ShouldBe(original.Choices);
        copy.Spikes.ShouldBe(original.Spikes);
    }

    [Fact]
    public void Empty_file_is_named_as_empty() =>
        Rejects("").Message.ShouldBe("trials.csv: the file is empty: expected a header line 'choice,neuron_0,neuron_1,…' and one line per trial.");

    [Fact]
    public void Header_without_a_choice_column_is_rejected() =>
        Rejects("neuron_0,neuron_1\n0.1,0.2\n").Message.ShouldContain("line 1: the first column must be 'choice', found 'neuron_0'");

    [Fact]
    public void Header_without_neurons_is_rejected() =>
        Rejects("choice\n1\n").Message.ShouldContain("no neuron columns");

    [Fact]
    public void Header_without_trials_is_rejected() =>
        Rejects("choice,n0\n").Message.ShouldContain("the file has a header but no trials");

    [Fact]
    public void Ragged_line_names_the_line_and_both_counts() =>
        Rejects("choice,n0,n1\n1,0.1,0.2\n0,0.3\n").Message.ShouldBe(
            "trials.csv: line 3 has 2 fields but the header has 3 ('choice' and 2 neurons): every trial needs a choice and one rate per neuron.");

    [Fact]
    public void Non_numeric_rate_names_line_column_and_value() =>
        Rejects("choice,n0,n1\n1,0.1,0.2\n0,0.3,abc\n").Message.ShouldBe("trials.csv: line 3, column 'n1': 'abc' is not a number.");

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void Non_finite_rate_is_rejected(string value) =>
        Rejects($"choice,n0\n1,{value}\n").Message.ShouldContain($"line 2, column 'n0': '{value}' is not a finite number");

    [Theory]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("0.5")]
    [InlineData("left")]
    public void Choice_other_than_0_or_1_is_rejected(string choice) =>
        Rejects($"choice,n0\n{choice},0.1\n").Message.ShouldBe($"trials.csv: line 2, column 'choice': '{choice}' is not a choice; choices must be 0 or 1.");

    [Fact]
    public void Missing_file_gives_its_full_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-7d1", "spikes.csv");
        Should.Throw<DatasetException>(() => CsvDatasetReader.Read(path)).Message.ShouldStartWith($"{path}: file not found: {path}; relative paths start from the current directory");
    }

    [Fact]
    public void Quoted_fields_CRLF_line_ends_and_blank_lines_are_read()
    {
        var data = Read("choice,\"n0\",n1\r\n\r\n1 , \"0.5\" ,-1\r\n0,2,\"3\"\r\n");

        data.Choices.ShouldBe([1, 0]);
        data.Spikes.ShouldBe(new double[,] { { 0.5, -1 }, { 2, 3 } });
    }

    [Theory]
    [InlineData("choice,n0,n1\n1,0.1,0.2\n0,\"0.3,0.4\n1,0.5,0.6\n0,0.7,0.8\n", "line 3, column 2 is not valid CSV: a quote opens here and is never closed")]
    [InlineData("choice,n0,n1\r\n1,0.1,0.2\r\n\r\n0,0.3,\"0.4\r\n1,0.5,0.6\r\n", "line 4, column 3 is not valid CSV: a quote opens here and is never closed")]
    [InlineData("choice,n0,n1\n1,0.1,0.2\n0,0.3,0\"4\n", "line 3, column 3 is not valid CSV: a quote stands inside an unquoted field")]
    public void A_malformed_quote_is_told_at_the_line_where_it_opens(string text, string message) =>
        Rejects(text).Message.ShouldStartWith("trials.csv: " + message);

    [Theory]
    [InlineData("1e308")]
    [InlineData("-2000000")]
    public void A_rate_beyond_the_bound_is_told_with_its_line_and_column(string value) =>
        Rejects($"choice,n0,n1\n1,0.1,0.2\n0,0.3,{value}\n").Message.ShouldStartWith(
            $"trials.csv: line 3, column 3 ('n1'): {value} is too large; spike rates must be finite numbers of reasonable size, |x| ≤ 1e6");

    [Fact]
    public void A_file_and_a_reader_give_the_same_data()
    {
        var text = "choice,n0,n1\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"{i % 2},{i}.5,-{i}\n"));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"csv-reader-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        try
        {
            var fromFile = CsvDatasetReader.Read(path);
            var fromReader = Read(text);

            fromFile.Spikes.ShouldBe(fromReader.Spikes);
            fromFile.Choices.ShouldBe(fromReader.Choices);
            fromFile.Spikes[49_999, 0].ShouldBe(49_999.5);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
