using System.Globalization;
using CsvHelper;
using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Batch;

/// <summary>The fixture batch's gradebook.csv: every student's row, as the fixtures' README promises.</summary>
[Collection(GradedBatchCollection.Name)]
public sealed class GradebookTests(GradedBatch batch)
{
    [Fact]
    public void Has_the_documented_columns()
    {
        ReadRows()[0].ShouldBe(["student", "1A", "1B", "1C", "1D", "1E", "2A", "total", "max", "status", "seconds", "note"]);
    }

    [Theory]
    [InlineData("console-spam", "12,12,12,14,0,0", 50, "timed-out")]
    [InlineData("correct", "12,12,12,14,12,12", 74, "graded")]
    // LogisticLoss.cs does not compile: 1D is graded as its stub, 1A (TransformInputs.cs compiles) keeps its points.
    [InlineData("does-not-compile", "12,0,0,0,0,0", 12, "compile-error")]
    [InlineData("infinite-loop", "12,12,12,0,12,0", 48, "timed-out")]
    [InlineData("partly-correct", "12,12,12,1,0,0", 37, "graded")]
    [InlineData("stack-overflow", "12,0,0,14,0,0", 26, "crashed")]
    [InlineData("throws", "0,12,0,0,0,0", 12, "crashed")]
    public void Row_of_each_student(string student, string exercisePoints, int total, string status)
    {
        var row = Row(student);
        string.Join(",", row[1..7]).ShouldBe(exercisePoints, $"points per exercise of {student} (hidden seed {GradedBatch.HiddenSeed})");
        row[7].ShouldBe(total.ToString(CultureInfo.InvariantCulture), $"total of {student}");
        row[8].ShouldBe("74");
        row[9].ShouldBe(status, $"status of {student}; note: {row[11]}");
        double.Parse(row[10], CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(batch.Options.EffectiveSubmissionBudget.TotalSeconds);
    }

    [Theory]
    [InlineData("does-not-compile", "LogisticLoss.cs(7,35): error CS1002: ; expected")]
    [InlineData("infinite-loop", "timed out after 6 s in LogisticLoss")]
    [InlineData("console-spam", "timed out after 6 s in EvaluateAccuracy")]
    [InlineData("console-spam", "characters to the console")]
    [InlineData("throws", "IndexOutOfRangeException in 1A, 1C, 1D, 1E")]
    [InlineData("stack-overflow", "the grading process ended")]
    public void Note_says_what_went_wrong(string student, string expected)
    {
        Row(student)[11].ShouldContain(expected);
    }

    [Fact]
    public void A_clean_run_has_no_note()
    {
        Row("correct")[11].ShouldBeEmpty();
    }

    [Fact]
    public void Lists_every_student_once_in_order()
    {
        ReadRows().Skip(1).Select(r => r[0]).ShouldBe(["console-spam", "correct", "does-not-compile", "infinite-loop", "partly-correct", "stack-overflow", "throws"]);
    }

    private string[] Row(string student) => ReadRows().Single(r => r[0] == student);

    private List<string[]> ReadRows()
    {
        using var reader = new StreamReader(Path.Combine(batch.Out, Gradebook.FileName));
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }
}
