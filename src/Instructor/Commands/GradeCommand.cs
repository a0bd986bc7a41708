using System.ComponentModel;
using DecodingChoices.Grading;
using DecodingChoices.Grading.Batch;
using DecodingChoices.Grading.Results;
using DecodingChoices.Grading.Sandbox;
using DecodingChoices.Runner.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Instructor.Commands;

/// <summary>
/// <c>course grade SUBMISSIONS --out DIR</c>: grades a folder of submissions (one sub-folder per student)
/// and writes <c>DIR/gradebook.csv</c> and each student's Gradescope, Exercism and JUnit results.
/// </summary>
internal sealed class GradeCommand(RunnerOutput output) : AsyncCommand<GradeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SUBMISSIONS>")]
        [Description("A folder with one sub-folder per student, each holding that student's exercise files (TransformInputs.cs … EvaluateAccuracy.cs, at any depth; anything else is ignored). With --single: one student's folder.")]
        public string Submissions { get; init; } = "";

        [CommandOption("--out <DIR>")]
        [Description("Where to write gradebook.csv and the results files.")]
        [DefaultValue("grading-results")]
        public string Out { get; init; } = "grading-results";

        [CommandOption("--timeout <SECONDS>")]
        [Description("How long one check may run before it fails as timed out.")]
        [DefaultValue(10.0)]
        public double Timeout { get; init; } = 10;

        [CommandOption("--budget <SECONDS>")]
        [Description("The most one submission may take in all (default: 30 s + 6 × the timeout).")]
        public double? Budget { get; init; }

        [CommandOption("--seed <SEED>")]
        [Description("The hidden checks' seed, to replay a run (default: a fresh one, recorded in every results file).")]
        public ulong? Seed { get; init; }

        [CommandOption("--jobs <N>")]
        [Description("How many submissions to grade at once (default: one per core).")]
        public int? Jobs { get; init; }

        [CommandOption("--single")]
        [Description("SUBMISSIONS is one student's submission: write its files directly in --out (as Gradescope's run_autograder does).")]
        public bool Single { get; init; }

        [CommandOption("--require-sandbox")]
        [Description("Refuse to grade (exit code 2) when the bubblewrap sandbox is not available, instead of grading without isolation.")]
        public bool RequireSandbox { get; init; }

        [CommandOption("--no-sandbox")]
        [Description("Grade without the sandbox even where it works (to measure its cost; never for untrusted code).")]
        public bool NoSandbox { get; init; }

        public override ValidationResult Validate() =>
            RequireSandbox && NoSandbox ? ValidationResult.Error("--require-sandbox and --no-sandbox contradict each other: give one.")
            : !Directory.Exists(Submissions) ? ValidationResult.Error($"The submissions folder '{Submissions}' does not exist.")
            : Timeout is <= 0 or > 3600 ? ValidationResult.Error($"--timeout {Timeout}: give the seconds one check may run, more than 0 and at most 3600.")
            : Budget is <= 0 ? ValidationResult.Error($"--budget {Budget}: give the seconds one submission may take, more than 0.")
            : Jobs is < 1 ? ValidationResult.Error($"--jobs {Jobs}: grade at least 1 submission at a time.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var mode = settings.RequireSandbox ? SandboxMode.Require : settings.NoSandbox ? SandboxMode.Off : SandboxMode.Auto;
        var unavailable = Bubblewrap.Unavailable;
        if (unavailable is not null || mode == SandboxMode.Off)
        {
            var why = unavailable ?? "--no-sandbox";
            if (mode == SandboxMode.Require)
            {
                output.Errors.WriteLine($"Not grading: --require-sandbox, and the sandbox is not available ({why}).");
                return 2;
            }

            output.Console.MarkupLineInterpolated($"[bold red]NOT ISOLATED:[/] student code runs without the sandbox ({why}); it can read and write your files and use the network. Grade untrusted code only where bubblewrap works.");
        }
        else
        {
            output.Console.MarkupLineInterpolated($"Sandbox: bubblewrap ({Bubblewrap.Path}), no network, read-only runtime, memory, CPU and process caps.");
        }

        var options = new GradingOptions
        {
            Sandbox = mode,
            Worker = WorkerCommand.ForCurrentProgram(),
            CheckTimeout = TimeSpan.FromSeconds(settings.Timeout),
            SubmissionBudget = settings.Budget is { } budget ? TimeSpan.FromSeconds(budget) : null,
            HiddenSeed = settings.Seed ?? DecodingChoices.Autograder.HiddenCheckSeed.Fresh(),
            Jobs = settings.Jobs ?? Environment.ProcessorCount,
        };
        var report = new GradingReport(output.Console);
        report.Header(options, settings.Single ? 1 : BatchGrader.StudentFolders(settings.Submissions).Count);

        var grader = new BatchGrader(options);
        var batch = settings.Single
            ? await grader.GradeOneAsync(settings.Submissions, settings.Out, cancellation: cancellationToken)
            : await grader.GradeAllAsync(settings.Submissions, settings.Out, report.Graded, cancellationToken);

        report.Table(batch);
        output.Console.MarkupLineInterpolated($"Gradebook: [bold]{Path.GetFullPath(batch.GradebookPath)}[/]");
        if (!settings.Single)
        {
            output.Console.MarkupLineInterpolated($"Class:     [bold]{Path.GetFullPath(Path.Combine(settings.Out, ClassReportFiles.Html))}[/] (its numbers: {ClassReportFiles.Csv})");
        }

        output.Console.MarkupLineInterpolated($"Results:   {Path.GetFullPath(settings.Out)}{(settings.Single ? "" : "/<student>")}/{ResultFiles.Gradescope}, {ResultFiles.Exercism}, {ResultFiles.JUnit}");
        return 0;
    }
}
