using System.Diagnostics;
using DecodingChoices.Autograder;
using DecodingChoices.Grading.Compilation;
using DecodingChoices.Grading.Worker;

namespace DecodingChoices.Grading.Batch;

/// <summary>
/// Grades one submission in isolation: compiles its exercise files with the shipped stubs, then runs
/// the checks in worker processes under the submission's wall-clock budget. A worker that stops after a
/// timeout, dies (a stack overflow, <c>Environment.Exit</c>) or is killed at the budget is followed by a
/// new one that resumes from the journal, so every check gets a result and the grader itself never hangs.
/// </summary>
public sealed class SubmissionGrader(GradingOptions options)
{
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
        var files = SubmissionFiles.Find(folder);
        var compiled = SubmissionCompiler.Compile(files, Path.Combine(work, SubmissionCompiler.AssemblyName + ".dll"));
        if (!compiled.Succeeded)
        {
            return Result(student, clock, new Dictionary<string, CheckResult>(), files.RelativePaths, compiled.Errors,
                notRun: c => NotRun(c, FailureKind.NotImplemented, "not run: the submission did not compile"));
        }

        var worker = new WorkerOptions(compiled.AssemblyPath!, Path.Combine(work, "journal.jsonl"), options.CheckTimeout, options.HiddenSeed);
        var journal = new WorkerJournal(worker.JournalPath);
        var budget = options.EffectiveSubmissionBudget;
        string? problem = null;
        for (var launch = 0; launch <= options.Catalog.Checks.Count; launch++)
        {
            var remaining = budget - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            var exit = await WorkerProcess.RunAsync(options.Worker.FileName, options.Worker.ArgumentsFor(worker), remaining, cancellation).ConfigureAwait(false);
            var records = journal.Read();
            if (records.Any(r => r.Event == WorkerRecord.Done))
            {
                break;
            }

            if (records.LastOrDefault(r => r.Event == WorkerRecord.Fatal) is { } fatal)
            {
                problem = fatal.Message;
                break;
            }

            if (InFlight(records) is { } check)
            {
                journal.Append(exit.Killed ? OutOfTime(check, budget) : Died(check, exit));
                continue;
            }

            if (exit.Killed)
            {
                break;
            }

            if (exit.ExitCode != WorkerExitCodes.StoppedAfterTimeout)
            {
                problem = $"The grading worker stopped unexpectedly (exit code {exit.ExitCode}) outside any check. {FirstLine(exit.ErrorHead)}".TrimEnd();
                break;
            }
        }

        var outcomes = journal.Read().Where(r => r.Event == WorkerRecord.Outcome)
            .GroupBy(r => r.Check!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ToResult(options.Catalog), StringComparer.Ordinal);
        var reason = problem is null
            ? $"not run: the submission's time budget of {TimedCheck.Seconds(budget)} s ran out"
            : "not run: the grading worker stopped";
        return Result(student, clock, outcomes, files.RelativePaths, problem: problem,
            notRun: c => NotRun(c, problem is null ? FailureKind.TimedOut : FailureKind.Crashed, reason));
    }

    private SubmissionResult Result(
        string student,
        Stopwatch clock,
        IReadOnlyDictionary<string, CheckResult> outcomes,
        IReadOnlyList<string>? files = null,
        IReadOnlyList<CompilerMessage>? errors = null,
        string? problem = null,
        Func<GradingCheck, CheckResult>? notRun = null) => new()
    {
        Student = student,
        Checks = [.. options.Catalog.Checks.Select(c => outcomes.TryGetValue(c.Id, out var result) ? result : notRun!(c))],
        CompilerMessages = errors ?? [],
        SubmittedFiles = files ?? [],
        GradingProblem = problem,
        ChecksSeed = CheckSeed.Base,
        HiddenSeed = options.HiddenSeed,
        Elapsed = clock.Elapsed,
    };

    private static CheckResult NotRun(GradingCheck check, FailureKind kind, string reason)
    {
        var failure = new ExerciseCheckException(check.Exercise, check.Definition.Title, kind, "the check to run", reason,
            "This check did not run; the other results say why.");
        return new CheckResult(check, CheckFailure.From(failure), CapturedOutput.None, TimeSpan.Zero, reason);
    }

    /// <summary>The check a worker had started but not finished when it ended.</summary>
    private GradingCheck? InFlight(IReadOnlyList<WorkerRecord> records)
    {
        var finished = records.Where(r => r.Event == WorkerRecord.Outcome).Select(r => r.Check).ToHashSet(StringComparer.Ordinal);
        var started = records.LastOrDefault(r => r.Event == WorkerRecord.Started && !finished.Contains(r.Check));
        return started is null ? null : options.Catalog[started.Check!];
    }

    private static WorkerRecord OutOfTime(GradingCheck check, TimeSpan budget)
    {
        var seconds = TimedCheck.Seconds(budget);
        var failure = new ExerciseCheckException(check.Exercise, check.Definition.Title, FailureKind.TimedOut,
            $"the whole submission to be graded within {seconds} s",
            $"the submission's time budget of {seconds} s ran out in {check.Exercise.Method}",
            "Grading was stopped here. Look for code that never finishes or prints without end.");
        return WorkerRecord.For(check.Id, CheckFailure.From(failure), CapturedOutput.None, TimeSpan.Zero) with { EndsExercise = true };
    }

    private static WorkerRecord Died(GradingCheck check, WorkerExit exit)
    {
        var cause = exit.ErrorHead.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
            ? "a stack overflow: a method that calls itself without end?"
            : FirstLine(exit.ErrorHead) is { Length: > 0 } line ? line : "no message";
        var failure = new ExerciseCheckException(check.Exercise, check.Definition.Title, FailureKind.Crashed,
            $"{check.Exercise.Method} to return a result",
            $"the grading process ended (exit code {exit.ExitCode}) while {check.Exercise.Method} ran: {cause}",
            "Code that ends the whole program cannot be graded: look for Environment.Exit, recursion without a base case, or a thread that throws.");
        return WorkerRecord.For(check.Id, CheckFailure.From(failure), CapturedOutput.None, TimeSpan.Zero) with { EndsExercise = true };
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A worker that was just killed may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
