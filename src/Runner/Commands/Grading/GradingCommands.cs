using DecodingChoices.Runner.Commands.Grading;
using Spectre.Console.Cli;

// In the namespace Program.cs already imports, so registering the grading commands takes one line there.
namespace DecodingChoices.Runner.Commands;

/// <summary>Registers the instructor's grading commands.</summary>
public static class GradingCommands
{
    /// <summary>Adds <c>grade</c> and its hidden worker <c>grade-one</c>.</summary>
    public static void AddGradingCommands(this IConfigurator config)
    {
        config.AddCommand<GradeCommand>("grade")
            .WithDescription("Instructors: grade a folder of submissions into gradebook.csv and Gradescope / Exercism / JUnit results.")
            .WithExample("grade", "submissions", "--out", "grades")
            .WithExample("grade", "/autograder/submission", "--single", "--out", "/autograder/results/course");
        config.AddCommand<GradeOneCommand>(DecodingChoices.Grading.Batch.WorkerCommand.CommandName).IsHidden();
    }
}
