namespace DecodingChoices.Runner.Tests;

/// <summary>Options that cannot work are told before anything runs: one line naming the option, exit code 2, nothing written.</summary>
public sealed class BadOptionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("")]
    [InlineData("fit")]
    public void An_empty_data_option_names_the_option(string command)
    {
        string[] args = command.Length == 0 ? ["--data", "", "--out", _folder.File("out")] : [command, "--data", "", "--out", _folder.File("out")];

        var run = CourseRun.Of(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Errors.Trim().Split('\n').Length.ShouldBe(1, run.ToString());
        run.Errors.ShouldContain("--data \"\": give the path of a dataset file");
        run.Errors.ShouldNotContain("Parameter");
        Directory.Exists(_folder.File("out")).ShouldBeFalse("nothing is written for a bad option");
    }

    [Theory]
    [InlineData("")]
    [InlineData("fit")]
    public void An_out_folder_that_cannot_be_written_is_said_to_be_so(string command)
    {
        string[] args = command.Length == 0 ? ["--out", "/proc/x", "--no-plots"] : [command, "--out", "/proc/x"];

        var run = CourseRun.Of(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Errors.ShouldContain("--out /proc/x: the folder cannot be written");
        run.Errors.ShouldNotContain("Could not find");
    }

    [Fact]
    public void An_out_path_that_is_a_file_is_said_to_be_a_file()
    {
        var file = _folder.File("taken");
        File.WriteAllText(file, "");

        var run = CourseRun.Of("fit", "--out", file);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Errors.ShouldContain("is a file, not a folder");
    }

    public void Dispose() => _folder.Dispose();
}
