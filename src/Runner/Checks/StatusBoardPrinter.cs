using DecodingChoices.Runner.Tutorial;
using Spectre.Console;

namespace DecodingChoices.Runner.Checks;

/// <summary>Prints a <see cref="StatusBoard"/> rustlings-style: one line per exercise, then the first failure in full.</summary>
internal static class StatusBoardPrinter
{
    public static void Print(IAnsiConsole console, StatusBoard board, TrackName track)
    {
        console.MarkupLineInterpolated($"[bold]Exercises[/] ({track.ToString().ToLowerInvariant()} track, {Track.Folder(track)})");
        var titleWidth = board.Exercises.Max(e => e.Exercise.Title.Length);
        foreach (var status in board.Exercises)
        {
            var (mark, colour, word) = status.State switch
            {
                ExerciseState.Done => ("✓", "green", "done"),
                ExerciseState.Failing => ("✗", "red", "failing"),
                ExerciseState.Waiting => ("…", "yellow", $"waiting for {status.WaitingFor!.Id}"),
                _ => ("·", "grey", "not started"),
            };
            console.MarkupLineInterpolated(
                $"  [{colour}]{mark}[/] {status.Exercise.Id}  {status.Exercise.Title.PadRight(titleWidth)}  [{colour}]{word,-15}[/]  {status.Passed}/{status.Total} checks");
        }

        console.WriteLine();
        if (board.Next is not { } next)
        {
            console.MarkupLineInterpolated($"[green]All {board.Exercises.Count} exercises are done.[/] Run the whole tutorial on this code: dotnet run --project src/Runner -- --track {track.ToString().ToLowerInvariant()}");
            return;
        }

        console.WriteLine($"{board.DoneCount} of {board.Exercises.Count} done. Next: {next.Exercise.Label}, in {next.Exercise.RepositoryFolder}/");
        var failing = board.Exercises.FirstOrDefault(e => e.State == ExerciseState.Failing) ?? next;
        if (failing.FirstFailure is { } failure)
        {
            console.WriteLine();
            console.MarkupLine(failing.State == ExerciseState.Failing ? "[red]First failure:[/]" : "[yellow]Not started yet:[/]");
            console.WriteLine(failure.Message);
        }

        console.WriteLine();
        console.WriteLine($"Stuck? dotnet run --project src/Runner -- hint {failing.Exercise.Id}");
    }
}
