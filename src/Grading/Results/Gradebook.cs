using System.Globalization;
using CsvHelper;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// The gradebook of a batch, <c>gradebook.csv</c>: one row per student with the points of each exercise,
/// the total and the maximum, the status (graded, compile-error, timed-out, crashed), the seconds grading
/// took, and a note (the first compiler error, what timed out or threw, hidden checks that failed). The text
/// cells (the student's name comes from their folder's name) are neutralised against formula injection
/// (<see cref="SpreadsheetCell"/>).
/// </summary>
public static class Gradebook
{
    /// <summary>The file name of the gradebook in the output folder.</summary>
    public const string FileName = "gradebook.csv";

    /// <summary>The columns, in order: student, one per exercise (1A … 2A), total, max, status, seconds, note.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["student", .. Exercise.All.Select(e => e.Id), "total", "max", "status", "seconds", "note"];

    /// <summary>The status as the gradebook writes it.</summary>
    public static string StatusText(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Graded => "graded",
        SubmissionStatus.CompileError => "compile-error",
        SubmissionStatus.TimedOut => "timed-out",
        SubmissionStatus.Crashed => "crashed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a submission status."),
    };

    /// <summary>Writes the rows of <paramref name="results"/>, ordered by student, to <paramref name="path"/>.</summary>
    public static void Write(IEnumerable<SubmissionResult> results, string path)
    {
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var result in results.OrderBy(r => r.Student, StringComparer.Ordinal))
        {
            csv.WriteField(SpreadsheetCell.Neutralise(result.Student));
            foreach (var exercise in Exercise.All)
            {
                csv.WriteField(result.ScoreFor(exercise));
            }

            csv.WriteField(result.Score);
            csv.WriteField(result.MaxScore);
            csv.WriteField(SpreadsheetCell.Neutralise(StatusText(result.Status)));
            csv.WriteField(result.Seconds.ToString("0.0", CultureInfo.InvariantCulture));
            csv.WriteField(SpreadsheetCell.Neutralise(SubmissionNotes.For(result)));
            csv.NextRecord();
        }
    }
}
