using System.ComponentModel;
using System.Diagnostics;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Watching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// <c>course watch</c>: checks your exercises now, then again each time you save a C# file in src/Exercises
/// (see <see cref="RecheckPlan"/>), until Ctrl+C.
/// </summary>
internal sealed class WatchCommand(RunnerOutput output) : CourseCommand<WatchCommand.Settings>(output)
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--quiet-ms <MS>")]
        [Description("How long after the last save to wait before re-checking, in milliseconds.")]
        [DefaultValue(300)]
        public int QuietMilliseconds { get; init; } = 300;
    }

    protected override string Name => "watch";

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var root = CourseRepository.Root();
        var folder = CourseRepository.ExercisesFolder();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        System.Console.CancelKeyPress += onCancel;
        try
        {
            using var saved = new SemaphoreSlim(0);
            using var watcher = new ExerciseWatcher(folder, TimeSpan.FromMilliseconds(Math.Max(0, settings.QuietMilliseconds)), () => saved.Release());
            while (true)
            {
                Recheck(root, stop.Token);
                Console.MarkupLineInterpolated($"[grey]Watching {Display(folder)} for saved .cs files. Ctrl+C to stop.[/]");
                saved.Wait(stop.Token);
                while (saved.Wait(0))
                {
                    // Saves that came while checking are covered by the next check.
                }
            }
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopped watching.");
            return ExitCodes.Success;
        }
        finally
        {
            System.Console.CancelKeyPress -= onCancel;
        }
    }

    private void Recheck(string root, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.MarkupLineInterpolated($"[bold]Re-checking[/] ({DateTime.Now:HH:mm:ss})");
        foreach (var (program, arguments) in RecheckPlan.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var exitCode = RunChild(program, arguments, root, cancellationToken);
            if (exitCode != 0 && arguments[0] == "build")
            {
                Console.MarkupLine("[red]Your code does not compile:[/] fix the errors above and save again.");
                return;
            }
        }
    }

    private static int RunChild(string program, string[] arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new RunnerException($"could not start {program}: is the .NET SDK on PATH?");
        try
        {
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }
}
