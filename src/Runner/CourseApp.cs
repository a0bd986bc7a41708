using DecodingChoices.Runner.Commands;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner;

/// <summary>
/// Builds the <c>course</c> command-line app: the walkthrough as the default command, the commands around it,
/// one-line errors, and where the commands write (<see cref="RunnerOutput"/>) and get the tracks' code
/// (<see cref="TrackProvider"/>) from. The runner's tests build it with a test console and their own tracks.
/// </summary>
internal static class CourseApp
{
    /// <summary>The app <paramref name="name"/>, writing to <paramref name="output"/> (default: this process's console), with the tracks of <paramref name="tracks"/> (default: the student's).</summary>
    public static CommandApp<WalkthroughCommand> Create(RunnerOutput? output = null, TrackProvider? tracks = null, string name = "course", InterpretationSource? interpretation = null)
    {
        output ??= RunnerOutput.ForProcess();
        var app = new CommandApp<WalkthroughCommand>();
        app.Configure(config =>
        {
            config.SetApplicationName(name);
            config.UseStrictParsing();
            config.ConfigureConsole(output.Console);
            config.Settings.Registrar.RegisterInstance(output);
            config.Settings.Registrar.RegisterInstance(tracks ?? TrackProvider.Student);
            config.Settings.Registrar.RegisterInstance(interpretation ?? InterpretationSource.None);
            config.SetExceptionHandler((exception, _) =>
            {
                // Parse errors and anything a command did not explain: one line, no stack trace.
                var failure = exception is CommandAppException
                    ? new CommandFailure(exception.Message, ExitCodes.BadInput)
                    : CommandFailure.Describe(exception);
                output.Errors.WriteLine($"error: {CommandFailure.OneLine(failure.Message)}");
                return failure.ExitCode;
            });
        });
        return app;
    }

    /// <summary>
    /// The command line as the parser takes it: <c>--c C</c> (scikit-learn's name, which the issue and the README
    /// use) becomes <c>-c C</c>, because long option names must have more than one character.
    /// </summary>
    public static string[] Arguments(IEnumerable<string> args) =>
        [.. args.SelectMany(arg => arg == "--c" ? ["-c"] : arg.StartsWith("--c=", StringComparison.Ordinal) ? ["-c", arg[4..]] : new[] { arg })];

    /// <summary>Adds the runner's commands besides the walkthrough and make-data.</summary>
    public static void AddCommands(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<CheckCommand>("check")
            .WithDescription("List the exercises as done, failing or not started, with the first failure's explanation.")
            .WithExample("check");
        config.AddCommand<HintCommand>("hint")
            .WithDescription("Show the next hint for an exercise (one more each time you ask).")
            .WithExample("hint", "1B");
        config.AddCommand<WatchCommand>("watch")
            .WithDescription("Check your exercises again each time you save a file in src/Exercises (Ctrl+C stops).")
            .WithExample("watch");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Write your submission: one HTML file with the results, the plots and your answers (ANSWERS.md).")
            .WithExample("report");
        config.AddCommand<FitCommand>("fit")
            .WithDescription("Fit LogisticRegression on all trials of a dataset and write weights.csv (each neuron's weight, then the intercept).")
            .WithExample("fit", "--data", "data/steinmetz_standin.csv", "-c", "0.5", "--out", "out");
    }
}
