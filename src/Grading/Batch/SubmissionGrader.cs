using System.Diagnostics;
using DecodingChoices.Autograder;
using DecodingChoices.Autograder.Misconceptions;
using DecodingChoices.Course;
using DecodingChoices.Data;
using DecodingChoices.Grading.Compilation;
using DecodingChoices.Grading.Remote;
using DecodingChoices.Grading.Sandbox;

namespace DecodingChoices.Grading.Batch;

/// <summary>
/// Grades one submission. It compiles the exercise files in a sandboxed, time- and memory-capped process
/// (a file that does not compile is graded as its stub), then runs every check <em>here</em>, in the trusted
/// grader, on a <see cref="RemoteExercises"/> proxy: the student's code runs in a sandboxed worker that only
/// evaluates the calls. The checks, their expected values, the hidden checks and their seed never enter the
/// worker, and only this class writes results. A call that misses its check's deadline kills the worker
/// ("timed out after 2 s in LogisticLoss"); a worker that dies fails its check; either way the exercise's
/// remaining checks are recorded as not run, and the next exercise gets a fresh worker.
/// </summary>
public sealed class SubmissionGrader(GradingOptions options)
{
    private const int OutputCapacity = 8000;

    /// <summary>How much later than the proxy's deadline the checks' own call budget fires: after a worker start-up, never before the proxy.</summary>
    private static readonly TimeSpan BackstopMargin = TimeSpan.FromSeconds(90);

    /// <summary>Grades the submission in <paramref name="folder"/> as <paramref name="student"/>'s.</summary>
    public async Task<SubmissionResult> GradeAsync(string student, string folder, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("course-grade-");
        try
        {
            return await GradeInAsync(student, folder, work.FullName, clock, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of the grading itself (an unreadable folder, a worker that cannot start): this
            // submission says so in its results, and the batch goes on with the next one.
            return Result(student, clock, new Dictionary<string, CheckResult>(), problem: $"Grading failed: {e.GetType().Name}: {e.Message}",
                notRun: c => NotRun(c, FailureKind.Crashed, "not run: the grader could not grade this submission"));
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task<SubmissionResult> GradeInAsync(string student, string folder, string work, Stopwatch clock, CancellationToken cancellation)
    {
        var bwrap = options.SandboxProgram();
        var files = SubmissionFiles.Find(folder);
        var (report, assembly) = await SandboxedCompiler.CompileAsync(files, Path.Combine(work, "compile"), options, bwrap, cancellation).ConfigureAwait(false);
        if (!report.Compiled)
        {
            return Result(student, clock, new Dictionary<string, CheckResult>(), files.RelativePaths, report.Messages, compiled: false,
                notRun: c => NotRun(c, FailureKind.NotImplemented, "not run: the submission did not compile"));
        }

        var launcher = new WorkerLauncher(WorkerFiles.Stage(Path.Combine(work, "worker")), assembly, bwrap,
            SandboxLimits.Worker(options.EffectiveSubmissionBudget), OutputCapacity);
        var outcomes = await Task.Factory.StartNew(() => RunChecks(launcher, report, clock), cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .ConfigureAwait(false);
        var reason = $"not run: the submission's time budget of {TimedOut.Seconds(options.EffectiveSubmissionBudget)} s ran out";
        return Result(student, clock, outcomes, files.RelativePaths, report.Messages,
            notRun: c => NotRun(c, FailureKind.TimedOut, reason));
    }

    /// <summary>Runs the catalog's checks in order on the remote track; returns an outcome per check that ran or was skipped.</summary>
    private Dictionary<string, CheckResult> RunChecks(WorkerLauncher launcher, CompileReport report, Stopwatch clock)
    {
        WarmUp();
        HiddenCheckSeed.Use(options.HiddenSeed);
        var budget = options.EffectiveSubmissionBudget;
        var results = new Dictionary<string, CheckResult>(StringComparer.Ordinal);
        var stoppers = new Dictionary<Exercise, CheckFailure>();
        using var track = new RemoteExercises(launcher);
        foreach (var check in options.Catalog.Checks)
        {
            if (report.Stubbed.Contains(check.Exercise.Id))
            {
                results[check.Id] = DidNotCompile(check, report);
                continue;
            }

            if (stoppers.TryGetValue(check.Exercise, out var stopper))
            {
                results[check.Id] = NotRunAfter(check, stopper);
                continue;
            }

            var remaining = budget - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            var limit = remaining < options.CheckTimeout ? remaining : options.CheckTimeout;
            track.BeginCheck(limit);

            // The proxy enforces the check's deadline (and the budget); the checks' own per-call budget (10 s, for
            // in-process runs) must not cut in first, or --timeout above 10 s and the budget's kill would never apply.
            CheckOutcome outcome;
            using (StudentCall.WithBudget(limit + BackstopMargin))
            {
                outcome = CheckRunner.Run(check.Definition, track);
            }

            CheckResult result;
            if (track.Stop is { } stop)
            {
                var failure = stop.TimedOut
                    ? (limit < options.CheckTimeout ? OutOfTime(check, budget) : TimedOut.Failure(check, options.CheckTimeout))
                    : Died(check, stop);
                result = new CheckResult(check, CheckFailure.From(failure), track.Output, outcome.Elapsed);
                stoppers[check.Exercise] = result.Failure!;
            }
            else
            {
                var failure = outcome.Failure is null ? null : CheckFailure.From(outcome.Failure);
                if (check.IsHidden && failure is not null)
                {
                    // A hidden check's inputs come from the hidden seed: tell the instructor how to replay them.
                    failure = failure with { Message = failure.Message.Replace($"run with COURSE_SEED={CheckSeed.Base} to reproduce", $"grade with --seed {options.HiddenSeed} to reproduce", StringComparison.Ordinal) };
                }

                result = new CheckResult(check, failure, track.Output, outcome.Elapsed);
            }

            results[check.Id] = result;
        }

        return results;
    }

    private SubmissionResult Result(
        string student,
        Stopwatch clock,
        IReadOnlyDictionary<string, CheckResult> outcomes,
        IReadOnlyList<string>? files = null,
        IReadOnlyList<CompilerMessage>? errors = null,
        string? problem = null,
        bool compiled = true,
        Func<GradingCheck, CheckResult>? notRun = null) => new()
    {
        Student = student,
        Checks = [.. options.Catalog.Checks.Select(c => outcomes.TryGetValue(c.Id, out var result) ? result : notRun!(c))],
        CompilerMessages = errors ?? [],
        Compiled = compiled && problem is null,
        SubmittedFiles = files ?? [],
        GradingProblem = problem,
        ChecksSeed = CheckSeed.Base,
        HiddenSeed = options.HiddenSeed,
        Elapsed = clock.Elapsed,
    };

    /// <summary>
    /// Reads the bundled data and the fixtures before the first check, so a check's time budget is spent
    /// on the student's code, not on parsing a CSV. A file that cannot be read is left for the check to report.
    /// </summary>
    private static void WarmUp()
    {
        try
        {
            _ = ExerciseFixtures.Shared;
            _ = BundledData.Load();
        }
        catch (Exception e) when (e is DatasetException or IOException or InvalidOperationException)
        {
            // The checks that need the file fail with this same message.
        }
    }

    private static CheckResult NotRun(GradingCheck check, FailureKind kind, string reason)
    {
        var failure = new ExerciseCheckException(check.Exercise, check.Definition.Title, kind, "the check to run", reason,
            "This check did not run; the other results say why.");
        return new CheckResult(check, CheckFailure.From(failure), CapturedOutput.None, TimeSpan.Zero, reason);
    }

    /// <summary>A check of an exercise whose file did not compile: graded as the stub, with the compiler's first message.</summary>
    private static CheckResult DidNotCompile(GradingCheck check, CompileReport report)
    {
        var file = ShippedSources.FileName(check.Exercise);
        var first = report.Messages.FirstOrDefault(m => string.Equals(m.File, file, StringComparison.OrdinalIgnoreCase));
        var reason = $"not run: {file} did not compile, so {check.Exercise.Label} was graded as its stub" + (first is null ? "" : $" ({first})");
        var failure = new ExerciseCheckException(check.Exercise, check.Definition.Title, FailureKind.NotImplemented,
            $"{file} to compile", reason, "Fix the compiler's error in this file; the other exercises were graded without it.");
        return new CheckResult(check, CheckFailure.From(failure), CapturedOutput.None, TimeSpan.Zero, reason);
    }

    /// <summary>The outcome of a check skipped because an earlier check of its exercise failed with <paramref name="stopper"/>.</summary>
    private static CheckResult NotRunAfter(GradingCheck check, CheckFailure stopper)
    {
        var reason = $"not run: an earlier check of {check.Exercise.Label} stopped grading ({stopper.Actual}), so its remaining checks were skipped";
        var failure = new ExerciseCheckException(check.Exercise, check.Definition.Title, stopper.Kind,
            $"{check.Exercise.Method} to return a result", reason, $"Fix what stopped the earlier check, and these checks run again. {stopper.Hint}");
        return new CheckResult(check, CheckFailure.From(failure), CapturedOutput.None, TimeSpan.Zero, reason);
    }

    private static ExerciseCheckException OutOfTime(GradingCheck check, TimeSpan budget)
    {
        var seconds = TimedOut.Seconds(budget);
        return new ExerciseCheckException(check.Exercise, check.Definition.Title, FailureKind.TimedOut,
            $"the whole submission to be graded within {seconds} s",
            $"the submission's time budget of {seconds} s ran out in {check.Exercise.Method}",
            "Grading was stopped here. Look for code that never finishes or prints without end.");
    }

    private static ExerciseCheckException Died(GradingCheck check, WorkerStop stop)
    {
        var cause = stop.ErrorHead.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
            ? "a stack overflow: a method that calls itself without end?"
            : stop.ErrorHead.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || stop.ErrorHead.Contains("out of memory", StringComparison.OrdinalIgnoreCase)
                ? "it ran out of memory"
                : RemoteExercises.FirstLine(stop.ErrorHead) is { Length: > 0 } line ? line : "no message";
        return new ExerciseCheckException(check.Exercise, check.Definition.Title, FailureKind.Crashed,
            $"{check.Exercise.Method} to return a result",
            $"the grading process ended (exit code {stop.ExitCode}) while {check.Exercise.Method} ran: {cause}",
            "Code that ends the whole program cannot be graded: look for Environment.Exit, recursion without a base case, or a thread that throws.");
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing the grade for.
        }
    }
}
