using System.Globalization;
using CsvHelper;
using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>Gradebook cells cannot become spreadsheet formulas, whatever a student names their folder.</summary>
public sealed class SpreadsheetCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("ada-lovelace", "ada-lovelace")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Prefixes_a_cell_a_spreadsheet_would_evaluate(string text, string cell)
    {
        SpreadsheetCell.Neutralise(text).ShouldBe(cell);
    }

    [Fact]
    public void The_gradebook_neutralises_a_student_named_like_a_formula()
    {
        var folder = TestPaths.NewTemporaryFolder();
        try
        {
            var path = Path.Combine(folder, Gradebook.FileName);
            Gradebook.Write([SyntheticResults.Failing() with { Student = "=cmd|' /C calc'!A0" }, SyntheticResults.Failing() with { Student = "zoe" }], path);

            using var reader = new StreamReader(path);
            using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
            var names = new List<string>();
            while (csv.Read())
            {
                names.Add(csv.Record![0]);
            }

            names.ShouldBe(["student", "'=cmd|' /C calc'!A0", "zoe"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
