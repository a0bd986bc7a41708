using System.ComponentModel;
using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Watching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// <c>course watch</c>: checks your exercises now, then again each time you save a C# file in src/Exercises,
/// until Ctrl+C. One process does it all: each round compiles your files in memory and checks them
/// (<see cref="InMemoryRecheck"/>), so a save gets its verdict in about a second.
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
            using var recheck = new InMemoryRecheck(Console, root);
            using var saved = new SemaphoreSlim(0);
            using var watcher = new ExerciseWatcher(folder, TimeSpan.FromMilliseconds(Math.Max(0, settings.QuietMilliseconds)), () => saved.Release());
            while (true)
            {
                Console.WriteLine();
                Console.MarkupLineInterpolated($"[bold]Checking[/] ({DateTime.Now:HH:mm:ss})");
                recheck.Run();
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
}
