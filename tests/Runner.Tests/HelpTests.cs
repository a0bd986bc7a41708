namespace DecodingChoices.Runner.Tests;

/// <summary>--help for every command, with the options' defaults shown.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("", "--shuffles <COUNT>", "1000")]
    [InlineData("", "--folds <COUNT>", "5")]
    [InlineData("check", "--track <TRACK>", "Exercises")]
    [InlineData("hint", "[EXERCISE]", "out")]
    [InlineData("watch", "--quiet-ms <MS>", "300")]
    [InlineData("report", "--answers <FILE>", "Exercises")]
    [InlineData("fit", "--inverse-regularization <C>", "--data <FILE>")]
    public void Every_command_has_help_with_its_options_and_defaults(string command, string option, string alsoShown)
    {
        string[] args = command.Length == 0 ? ["--help"] : [command, "--help"];
        var run = CourseRun.Of(args);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Console.ShouldContain(option);
        run.Console.ShouldContain(alsoShown);
    }

    [Fact]
    public void The_issues_spelling_of_C_is_accepted()
    {
        CourseApp.Arguments(["fit", "--c", "0.5"]).ShouldBe(["fit", "-c", "0.5"]);
        CourseApp.Arguments(["fit", "--c=0.5"]).ShouldBe(["fit", "-c", "0.5"]);
        CourseApp.Arguments(["--csv", "x"]).ShouldBe(["--csv", "x"]);
    }
}
