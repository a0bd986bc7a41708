namespace DecodingChoices.Runner.Tests;

/// <summary>Every kind of bad input ends with a one-line message on standard error, no stack trace, and its exit code.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string, string> BadFiles => new()
    {
        { "missing.csv", "file not found" },
        { "spikes.txt", "unknown kind of file '.txt'" },
        { "not_a_zip.npz", "not" },
        { "ragged.csv", "line 3 has 3 fields but the header has 4" },
        { "nan.csv", "'NaN' is not a finite number" },
        { "labels.csv", "'2' is not a choice; choices must be 0 or 1" },
        { "nan.npz", "is NaN: every spike rate must be a finite number" },
        { "labels2.npz", "choices[5] is 2: choices must be 0 or 1" },
        { "no_choices.npz", "no array named 'choices'" },
        { "W1D4_steinmetz_data.npz", "checksum mismatch" },
        { "quote.csv", "line 3, column 2 is not valid CSV: a quote opens here and is never closed" },
        { "huge.csv", "line 4, column 3 ('neuron_1'): 1e308 is too large; spike rates must be finite numbers of reasonable size, |x| ≤ 1e6" },
        { "one_choice.csv", "every one of the 12 trials has choice 1: a model needs trials of both choices (0 and 1) to learn from; use data with both." },
    };

    [Theory]
    [InlineData("")]
    [InlineData("fit")]
    [InlineData("report")]
    public void Unusable_data_is_told_with_the_file_and_what_to_do_and_nothing_is_written(string command)
    {
        var out_ = _folder.File("out");
        foreach (var file in new[] { "one_choice.csv", "huge.csv" })
        {
            string[] args = command.Length == 0 ? ["--data", Prepare(file), "--out", out_] : [command, "--data", Prepare(file), "--out", out_];

            var run = CourseRun.Of(args);

            ShouldBeOneLineError(run, ExitCodes.BadInput, file);
            Directory.Exists(out_).ShouldBeFalse("no partial weights, plots or report");
        }
    }

    [Fact]
    public void Too_few_trials_of_a_choice_for_the_folds_names_the_file_and_the_folds_to_use()
    {
        var run = CourseRun.Of("--data", Fixtures.Path("small.csv"), "--folds", "30", "--out", _folder.File("out"));

        ShouldBeOneLineError(run, ExitCodes.BadInput, "small.csv: the training split (32 of 40 trials) has only ");
        run.Errors.ShouldContain("fewer than the 30 folds of the permutation test: use --folds ");
        Directory.Exists(_folder.File("out")).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void The_walkthrough_rejects_a_bad_file_in_one_line_with_exit_code_2(string file, string message)
    {
        var run = CourseRun.Of("--data", Prepare(file), "--no-plots");

        ShouldBeOneLineError(run, ExitCodes.BadInput, message);
        run.Errors.ShouldContain(file);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Fit_rejects_a_bad_file_in_one_line_with_exit_code_2(string file, string message)
    {
        var run = CourseRun.Of("fit", "--data", Prepare(file), "--out", _folder.File("out"));

        ShouldBeOneLineError(run, ExitCodes.BadInput, message);
    }

    [Theory]
    [InlineData("--shuffles 0", "--shuffles 0: give at least 1")]
    [InlineData("--folds 1", "--folds 1: cross-validation needs at least 2 folds")]
    [InlineData("--folds 30", "fewer than the 30 folds of the permutation test")]
    [InlineData("--track nobody", "nobody")]
    [InlineData("--bogus", "bogus")]
    [InlineData("fit --c 0", "--c 0: C must be a positive, finite number")]
    [InlineData("fit --c -2", "C must be a positive, finite number")]
    [InlineData("hint 9Z", "there is no exercise '9Z': give one of 1A, 1B, 1C, 1D, 1E, 2A, 2B")]
    [InlineData("report --answers no/such/answers.md", "answers.md was not found")]
    public void A_bad_option_is_told_in_one_line_with_exit_code_2(string arguments, string message)
    {
        string[] args = [.. arguments.Split(' '), "--no-plots", "--data", Fixtures.Path("small.csv")];
        if (arguments.StartsWith("fit", StringComparison.Ordinal) || arguments.StartsWith("hint", StringComparison.Ordinal))
        {
            args = [.. arguments.Split(' '), "--out", _folder.File("out")];
        }

        var run = CourseRun.Of(args);

        ShouldBeOneLineError(run, ExitCodes.BadInput, message);
    }

    public void Dispose() => _folder.Dispose();

    private static void ShouldBeOneLineError(CourseRun run, int exitCode, string message)
    {
        run.ExitCode.ShouldBe(exitCode, run.ToString());
        run.Errors.ShouldStartWith("error: ", Case.Sensitive, run.ToString());
        run.Errors.ShouldContain(message, Case.Sensitive, run.ToString());
        run.Errors.TrimEnd().ShouldNotContain('\n', run.ToString());
        run.Errors.ShouldNotContain(" at DecodingChoices", Case.Sensitive, "no stack trace");
        run.Errors.ShouldNotContain("(Parameter '", Case.Sensitive, "no internal parameter names");
    }

    /// <summary>The path of a bad file: made here, or one of the numpy-written fixtures.</summary>
    private string Prepare(string file) => file switch
    {
        "missing.csv" => _folder.File(file),
        "spikes.txt" => _folder.Write(file, "choice,neuron_0\n1,0.5\n"),
        "not_a_zip.npz" => _folder.Write(file, "this is not a zip archive"),
        "ragged.csv" => _folder.Write(file, "choice,neuron_0,neuron_1,neuron_2\n1,0.1,0.2,0.3\n0,0.4,0.5\n"),
        "nan.csv" => _folder.Write(file, "choice,neuron_0,neuron_1\n1,0.1,NaN\n0,0.4,0.5\n"),
        "labels.csv" => _folder.Write(file, "choice,neuron_0,neuron_1\n1,0.1,0.2\n2,0.4,0.5\n"),
        "quote.csv" => _folder.Write(file, "choice,neuron_0,neuron_1\n1,0.5,0.2\n1,\"0.3,0.1\n0,0.2,0.1\n1,0.4,0.4\n"),
        "huge.csv" => _folder.Write(file, "choice,neuron_0,neuron_1\n1,0.5,0.2\n0,0.3,0.1\n1,0.2,1e308\n0,0.4,0.4\n"),
        "one_choice.csv" => _folder.Write(file, "choice,neuron_0,neuron_1\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"1,0.{i},0.5\n"))),
        "W1D4_steinmetz_data.npz" => CopyAs(Fixtures.Path("small.npz"), file),
        _ => Fixtures.Path(file),
    };

    private string CopyAs(string source, string name)
    {
        var path = _folder.File(name);
        File.Copy(source, path);
        return path;
    }
}
