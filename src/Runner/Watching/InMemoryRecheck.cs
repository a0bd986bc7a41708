using System.Diagnostics;
using DecodingChoices.Autograder.Compilation;
using DecodingChoices.Runner.Checks;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console;

namespace DecodingChoices.Runner.Watching;

/// <summary>
/// One round of <c>course watch</c>, inside the watching process: compile <c>src/Exercises</c> in memory
/// (<see cref="StudentTrackCompiler"/>), load it into a fresh collectible context, run the checks on it and
/// print the board; the previous round's code is unloaded. No <c>dotnet build</c>, no new process: once the
/// compiler is warm (after the first round) a save is checked in well under a second.
/// </summary>
internal sealed class InMemoryRecheck(IAnsiConsole console, string repositoryRoot) : IDisposable
{
    private CompiledTrack? _current;

    /// <summary>Compiles, checks and prints; returns the board, or null when the code does not compile.</summary>
    public StatusBoard? Run()
    {
        var clock = Stopwatch.StartNew();
        var (track, errors) = StudentTrackCompiler.Compile(repositoryRoot);
        if (track is null)
        {
            foreach (var error in errors)
            {
                console.WriteLine(error);
            }

            console.MarkupLine("[red]Your code does not compile:[/] fix the errors above and save again.");
            return null;
        }

        _current?.Dispose();
        _current = track;
        var board = StatusBoard.Evaluate(track.Track);
        StatusBoardPrinter.Print(console, board, TrackName.Exercises);
        console.MarkupLineInterpolated($"[grey]Compiled and checked in {clock.Elapsed.TotalSeconds:0.0} s.[/]");
        return board;
    }

    public void Dispose()
    {
        _current?.Dispose();
        _current = null;
    }
}
