using DecodingChoices.Grading.Batch;
using DecodingChoices.Instructor.Commands;
using DecodingChoices.Runner;
using DecodingChoices.Runner.Commands;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Tutorial;
using DecodingChoices.Solutions;
using Spectre.Console.Cli;

namespace DecodingChoices.Instructor;

/// <summary>
/// Builds the <c>course-instructor</c> app: the student's runner (<see cref="CourseApp"/>) with the reference
/// track added as the default, plus the instructor's own commands.
/// </summary>
internal static class InstructorApp
{
    /// <summary>The program's name, as help and messages show it.</summary>
    public const string Name = "course-instructor";

    /// <summary>The tracks of the instructor's program: the student's, and the reference track as the default.</summary>
    public static TrackProvider Tracks { get; } = TrackProvider.Student.WithReference(() => new ReferenceExercises());

    /// <summary>The app, writing to <paramref name="output"/> (default: this process's console).</summary>
    public static CommandApp<WalkthroughCommand> Create(RunnerOutput? output = null, TrackProvider? tracks = null)
    {
        var app = CourseApp.Create(output, tracks ?? Tracks, Name, new InterpretationSource(Interpretation.For));
        app.Configure(config =>
        {
            config.AddCommand<WalkthroughCommand>("walkthrough")
                .WithDescription("The tutorial's walkthrough on the bundled data, on the reference track (the default command; --track exercises runs src/Exercises).");
            config.AddCommand<FitCommand>("fit")
                .WithDescription("Fit LogisticRegression on all trials of a dataset and write weights.csv (each neuron's weight, then the intercept).")
                .WithExample("fit", "--data", "data/steinmetz_standin.csv", "-c", "0.5", "--out", "out");
            config.AddCommand<GradeCommand>("grade")
                .WithDescription("Grade a folder of submissions into gradebook.csv and Gradescope / Exercism / JUnit results, hidden checks included.")
                .WithExample("grade", "submissions", "--out", "grades")
                .WithExample("grade", "/autograder/submission", "--single", "--out", "/autograder/results/course");
            config.AddCommand<CompileOneCommand>(WorkerCommand.CompileCommandName).IsHidden();
            config.AddCommand<ReleaseCommand>("release")
                .WithDescription("Write the student repository: pristine stubs, instructions, hints and visible checks, the runner, the toolkit and the data, no answers; built and checked before it reports success.")
                .WithExample("release", "../decoding-choices-student");
            config.AddCommand<MakeDataCommand>("make-data")
                .WithDescription("Regenerate the seeded stand-in dataset in data/.");
        });
        return app;
    }
}
