using System.Globalization;
using CsvHelper;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// The numbers of the <see cref="ClassReport"/>, <c>class-report.csv</c>, in one "long" table a spreadsheet can
/// filter and pivot: each row is one number, named by its <c>section</c>, <c>exercise</c> and <c>item</c>.
/// </summary>
/// <remarks>
/// <para>The sections, in this order:</para>
/// <list type="bullet">
/// <item><c>summary</c>: students, mean and median score (<c>value</c> out of <c>of</c>), and one row per submission status.</item>
/// <item><c>passed</c>: per exercise, <c>visible checks</c> and <c>all checks</c> (hidden ones too): how many students passed, of how many, and the share.</item>
/// <item><c>misconception</c>: per exercise, one row per misconception recognised: how many students, the share, and who (names joined by "; ").</item>
/// <item><c>not-written</c> and <c>unrecognised</c>: per exercise, the students who left it as a stub (or whose file did not compile) and those who failed it with no misconception named.</item>
/// <item><c>score</c>: the histogram of total scores, one row per bin (<c>item</c> is its range, such as "0-7").</item>
/// </list>
/// <para>
/// Shares are fractions from 0 to 1 with three decimals, in the invariant culture. Every text cell goes through
/// <see cref="SpreadsheetCell.Neutralise"/>: student names are folder names, chosen by students.
/// </para>
/// </remarks>
internal static class ClassReportCsv
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["section", "exercise", "item", "value", "of", "share", "students"];

    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/>.</summary>
    public static void Write(ClassReport report, string path)
    {
        using var writer = new StreamWriter(path);
        Write(report, writer);
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Write(ClassReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        Row(csv, Columns);
        var students = report.Students.Count;
        Row(csv, "summary", "", "students", Number(students), "", "", "");
        Row(csv, "summary", "", "mean score", Number(report.MeanScore), Number(report.MaxScore), "", "");
        Row(csv, "summary", "", "median score", Number(report.MedianScore), Number(report.MaxScore), "", "");
        foreach (var (status, count) in report.Statuses)
        {
            Row(csv, "summary", "", Gradebook.StatusText(status), Number(count), Number(students), Share(count, students), "");
        }

        foreach (var exercise in report.Exercises)
        {
            var id = exercise.Exercise.Id;
            Row(csv, "passed", id, "visible checks", Number(exercise.PassedVisible), Number(students), Share(exercise.PassedVisible, students), "");
            Row(csv, "passed", id, "all checks", Number(exercise.PassedAll), Number(students), Share(exercise.PassedAll, students), "");
        }

        foreach (var exercise in report.Exercises)
        {
            var id = exercise.Exercise.Id;
            foreach (var group in exercise.Misconceptions)
            {
                Row(csv, "misconception", id, group.Name, Number(group.Count), Number(students), Share(group.Count, students), Names(group.Students));
            }

            if (exercise.NotWritten.Count > 0)
            {
                Row(csv, "not-written", id, "not implemented or did not compile", Number(exercise.NotWritten.Count), Number(students), Share(exercise.NotWritten.Count, students), Names(exercise.NotWritten));
            }

            if (exercise.Unrecognised.Count > 0)
            {
                Row(csv, "unrecognised", id, "failed with no misconception named", Number(exercise.Unrecognised.Count), Number(students), Share(exercise.Unrecognised.Count, students), Names(exercise.Unrecognised));
            }
        }

        foreach (var bin in report.Histogram)
        {
            Row(csv, "score", "", bin.Label, Number(bin.Count), Number(students), Share(bin.Count, students), Names(bin.Students));
        }
    }

    private static void Row(CsvWriter csv, params IReadOnlyList<string> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(SpreadsheetCell.Neutralise(cell));
        }

        csv.NextRecord();
    }

    private static string Names(IReadOnlyList<string> students) => string.Join("; ", students);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Share(int part, int whole) => ClassReport.Share(part, whole).ToString("0.000", CultureInfo.InvariantCulture);
}
