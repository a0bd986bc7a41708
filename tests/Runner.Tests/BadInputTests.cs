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
    };

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
    [InlineData("--folds 30", "the data cannot be used for this step")]
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
