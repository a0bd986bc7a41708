using DecodingChoices.Course;
using DecodingChoices.Grading;
using DecodingChoices.Grading.Batch;
using DecodingChoices.Grading.Results;
using Spectre.Console;

namespace DecodingChoices.Instructor.Commands;

/// <summary>
/// What <c>course grade</c> prints on <paramref name="console"/> (the command's injected console, so tests can read
/// it): the run's settings, a line per student as they finish, and the summary table.
/// </summary>
internal sealed class GradingReport(IAnsiConsole console)
{
    private readonly Lock _gate = new();

    public void Header(GradingOptions options, int submissions)
    {
        var catalog = options.Catalog;
        var hidden = catalog.Checks.Count(c => c.IsHidden);
        console.MarkupLineInterpolated(
            $"Grading {submissions} submission{(submissions == 1 ? "" : "s")}: {catalog.Checks.Count} checks worth {catalog.MaxPoints()} points ({(hidden == 0 ? "no hidden checks found" : $"{hidden} hidden, seed {options.HiddenSeed}")}), {options.CheckTimeout.TotalSeconds:0.###} s per check, {options.Jobs} at a time.");
    }

    public void Graded(SubmissionResult result)
    {
        lock (_gate)
        {
            console.MarkupLineInterpolated($"  {result.Student}: {result.Score}/{result.MaxScore} ({Gradebook.StatusText(result.Status)}, {result.Seconds:0.0} s)");
        }
    }

    public void Table(BatchResult batch)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Gradebook ({batch.Elapsed.TotalSeconds:0.0} s)");
        table.AddColumn("student");
        foreach (var exercise in Exercise.All)
        {
            table.AddColumn(new TableColumn(exercise.Id).RightAligned());
        }

        table.AddColumn(new TableColumn("total").RightAligned());
        table.AddColumn("status");
        table.AddColumn(new TableColumn("s").RightAligned());
        foreach (var result in batch.Submissions)
        {
            var cells = new List<string> { Markup.Escape(result.Student) };
            cells.AddRange(Exercise.All.Select(e => Points(result.ScoreFor(e), result.MaxScoreFor(e))));
            cells.Add(Points(result.Score, result.MaxScore));
            cells.Add(Status(result.Status));
            cells.Add($"{result.Seconds:0.0}");
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        foreach (var result in batch.Submissions)
        {
            if (SubmissionNotes.For(result) is { Length: > 0 } note)
            {
                console.MarkupLineInterpolated($"[bold]{result.Student}[/]: {note}");
            }
        }
    }

    private static string Points(int score, int max) =>
        score == max ? $"[green]{score}/{max}[/]" : score == 0 ? $"[red]{score}/{max}[/]" : $"[yellow]{score}/{max}[/]";

    private static string Status(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Graded => "[green]graded[/]",
        _ => $"[red]{Gradebook.StatusText(status)}[/]",
    };
}
