using System.Diagnostics;
using System.Text.Json;
using DecodingChoices.Course;
using DecodingChoices.Grading.Batch;
using DecodingChoices.Grading.Sandbox;

namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// Runs the compile step in a process of its own (<c>course-instructor compile-one</c>), sandboxed and capped
/// like the worker and killed at its time limit: a file of nested lambdas that would compile for minutes, or a
/// huge one that would take gigabytes, costs its own submission a compile error, never the grader.
/// Files above <see cref="MaxFileBytes"/> are refused before compiling.
/// </summary>
internal static class SandboxedCompiler
{
    /// <summary>The largest exercise file the grader compiles.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Compiles <paramref name="files"/> in <paramref name="work"/> and returns the report; the assembly is <c>work/out/DecodingChoices.Submission.dll</c>.</summary>
    public static async Task<(CompileReport Report, string AssemblyPath)> CompileAsync(SubmissionFiles files, string work, GradingOptions options, string? bwrap, CancellationToken cancellation)
    {
        var sources = Path.Combine(work, "src");
        var output = Path.Combine(work, "out");
        Directory.CreateDirectory(sources);
        Directory.CreateDirectory(output);
        var refused = new List<CompilerMessage>();
        var refusedIds = new List<string>();
        foreach (var (exercise, path) in files.Files)
        {
            var size = new FileInfo(path).Length;
            if (size > MaxFileBytes)
            {
                refused.Add(new CompilerMessage(ShippedSources.FileName(exercise), 1, 1, "GRADE001",
                    $"this file is {size:N0} bytes; the grader compiles exercise files of at most {MaxFileBytes:N0} bytes, so {exercise.Label} is graded as its stub", true));
                refusedIds.Add(exercise.Id);
                continue;
            }

            File.Copy(path, Path.Combine(sources, ShippedSources.FileName(exercise)));
        }

        var assembly = Path.Combine(output, SubmissionCompiler.AssemblyName + ".dll");
        var limits = SandboxLimits.Compiler(options.CompileTimeout);
        var (fileName, arguments) = new SandboxCommand()
            .ReadOnly(AppContext.BaseDirectory)
            .ReadOnly(sources)
            .Writable(output)
            .Build(options.Worker.FileName, [.. options.Worker.Prefix, WorkerCommand.CompileCommandName, "--sources", sources, "--out", output],
                limits, bwrap, SandboxCommand.DotnetEnvironment(limits) is var env && env.TryAdd("DOTNET_TC_QuickJit", "1") ? env : env);
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ForEach(start.ArgumentList.Add);
        var environment = SandboxCommand.DotnetEnvironment(limits);

        // Roslyn is precompiled; quick JIT for the rest keeps a cold compile process to a few seconds.
        environment["DOTNET_TC_QuickJit"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = ProcessStarter.Start(start);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timer.CancelAfter(options.CompileTimeout);
        string? problem = null;
        try
        {
            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            problem = $"compiling took longer than {options.CompileTimeout.TotalSeconds:0.#} s and was stopped: look for deeply nested lambdas or generated code";
        }

        var reportPath = Path.Combine(output, CompileReport.FileName);
        if (problem is null && File.Exists(reportPath))
        {
            var report = JsonSerializer.Deserialize<CompileReport>(await File.ReadAllTextAsync(reportPath, cancellation).ConfigureAwait(false))!;
            return (report with { Messages = [.. refused, .. report.Messages], Stubbed = [.. refusedIds, .. report.Stubbed] }, assembly);
        }

        if (problem is null)
        {
            var errors = await Task.WhenAny(stderr, Task.Delay(2000, cancellation)).ConfigureAwait(false) == stderr ? stderr.Result : "";
            problem = $"the compiler stopped (exit code {process.ExitCode}) without a result, most likely out of memory: {Remote.RemoteExercises.FirstLine(errors)}".TrimEnd(' ', ':');
        }

        _ = stdout;
        return (new CompileReport(false, [.. refused, new CompilerMessage("", 0, 0, "GRADE002", problem, true)], refusedIds), assembly);
    }

    /// <summary>The compile step itself (inside the sandbox): reads the exercise files of <paramref name="sources"/>, writes the assembly and the report into <paramref name="output"/>.</summary>
    public static CompileReport CompileOne(string sources, string output)
    {
        var texts = Exercise.All
            .Select(e => (Exercise: e, Path: Path.Combine(sources, ShippedSources.FileName(e))))
            .Where(e => File.Exists(e.Path))
            .ToDictionary(e => e.Exercise, e => File.ReadAllText(e.Path));
        var report = ExerciseCompilation.Compile(texts, Path.Combine(output, SubmissionCompiler.AssemblyName + ".dll"));
        File.WriteAllText(Path.Combine(output, CompileReport.FileName), JsonSerializer.Serialize(report));
        return report;
    }
}
