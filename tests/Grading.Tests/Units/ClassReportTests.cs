using System.Globalization;
using CsvHelper;
using DecodingChoices.Autograder;
using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>
/// The class report from made-up results: who passed, which misconceptions and whose, the score histogram,
/// and that names chosen by students stay text in the HTML and in the CSV.
/// </summary>
public sealed class ClassReportTests
{
    private const string IntegerDivision = "integer division in −(1/n)";
    private const string SignError = "the sign of the loss";
    private const string Script = "<script>alert('x')</script>";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"grades\")";

    private static readonly GradingCheck[] Visible1D = [.. GradingCatalog.Default.Checks.Where(c => c.Exercise.Id == "1D" && !c.IsHidden)];
    private static readonly GradingCheck Hidden1D = GradingCatalog.Default.Checks.First(c => c.Exercise.Id == "1D" && c.IsHidden);

    [Fact]
    public void A_failure_carries_the_misconception_its_exception_named()
    {
        Failure(Visible1D[0], IntegerDivision).Misconception.ShouldBe(IntegerDivision);
        Failure(Visible1D[0], null).Misconception.ShouldBeNull();
    }

    [Fact]
    public void Shares_count_visible_checks_and_all_checks_apart()
    {
        var report = ClassReport.From([
            Student("ada"),
            Student("bob", (Visible1D[0], IntegerDivision)),
            Student("cy", (Hidden1D, null)),
        ]);

        var loss = report.Exercises.Single(e => e.Exercise.Id == "1D");
        (loss.PassedVisible, loss.PassedAll, loss.Students).ShouldBe((2, 1, 3));
        loss.VisibleShare.ShouldBe(2.0 / 3, 1e-12);
        loss.AllShare.ShouldBe(1.0 / 3, 1e-12);
        report.Exercises.Single(e => e.Exercise.Id == "1A").AllShare.ShouldBe(1);
        report.Exercises.Select(e => e.Exercise.Id).ShouldBe(["1A", "1B", "1C", "1D", "1E", "2A"]);
    }

    [Fact]
    public void Misconceptions_count_each_student_once_and_name_them()
    {
        var report = ClassReport.From([
            Student("dan", (Visible1D[0], IntegerDivision), (Visible1D[1], IntegerDivision), (Hidden1D, IntegerDivision)),
            Student("bea", (Visible1D[0], IntegerDivision)),
            Student("eve", (Visible1D[2], SignError)),
            Student("cy", (Visible1D[0], null)),
            Student("fay", (Visible1D[0], null, FailureKind.NotImplemented)),
        ]);

        var loss = report.Exercises.Single(e => e.Exercise.Id == "1D");
        loss.Misconceptions.Select(m => (m.Name, m.Count)).ShouldBe([(IntegerDivision, 2), (SignError, 1)]);
        loss.Misconceptions[0].Students.ShouldBe(["bea", "dan"]);
        loss.Unrecognised.ShouldBe(["cy"]);
        loss.NotWritten.ShouldBe(["fay"]);
        report.ReteachFirst.Select(r => (r.Exercise.Id, r.Group.Name)).ShouldBe([("1D", IntegerDivision), ("1D", SignError)]);
        report.Exercises.Single(e => e.Exercise.Id == "1A").Misconceptions.ShouldBeEmpty();
    }

    [Fact]
    public void The_histogram_has_a_bar_per_score_range_from_zero_to_the_maximum()
    {
        (GradingCheck, string?)[] all = [.. GradingCatalog.Default.Checks.Select(c => (c, (string?)null))];
        (GradingCheck, string?)[] loss = [.. GradingCatalog.Default.Checks.Where(c => c.Exercise.Id == "1D").Select(c => (c, (string?)null))];
        var report = ClassReport.From([Student("full"), Student("also-full"), Student("nothing", all), Student("no-1D", loss)]);

        report.MaxScore.ShouldBe(74);
        ClassReport.BinWidth(74).ShouldBe(8);
        report.Histogram.Select(b => b.Label).ShouldBe(["0-7", "8-15", "16-23", "24-31", "32-39", "40-47", "48-55", "56-63", "64-71", "72-74"]);
        report.Histogram.Sum(b => b.Count).ShouldBe(4);
        report.Histogram[0].Students.ShouldBe(["nothing"]);
        report.Histogram[^1].Students.ShouldBe(["also-full", "full"]);
        var without1D = 74 - GradingCatalog.Default.Checks.Where(c => c.Exercise.Id == "1D").Sum(c => c.Points);
        report.Histogram.Single(b => b.From <= without1D && without1D <= b.To).Students.ShouldBe(["no-1D"]);

        var html = ClassReportHtml.ToHtml(report);
        CountOf(html, "<rect class=\"bin\"").ShouldBe(10);
        html.ShouldContain("<title>72-74 points: also-full, full</title>");
    }

    [Fact]
    public void The_html_shows_hostile_names_as_text()
    {
        var report = ClassReport.From([Student(Script, (Visible1D[0], "<b>bold</b> & co")), Student(Formula, (Visible1D[0], "<b>bold</b> & co"))]);

        var html = ClassReportHtml.ToHtml(report);

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<b>");
        html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        html.ShouldContain("&lt;b&gt;bold&lt;/b&gt; &amp; co");
        html.ShouldContain("=HYPERLINK(&quot;http://evil.example&quot;,&quot;grades&quot;)");
        html.ShouldNotContain("http-equiv", Case.Insensitive);
        html.ShouldNotContain("src=", Case.Insensitive);
    }

    [Fact]
    public void The_csv_neutralises_cells_a_spreadsheet_would_run_as_formulas()
    {
        var report = ClassReport.From([Student(Formula, (Visible1D[0], "+1 sign")), Student("ok", (Visible1D[0], "+1 sign"))]);

        var rows = Rows(report);

        rows[0].ShouldBe(["section", "exercise", "item", "value", "of", "share", "students"]);
        var misconception = rows.Single(r => r[0] == "misconception");
        misconception.ShouldBe(["misconception", "1D", "'+1 sign", "2", "2", "1.000", "'" + Formula + "; ok"]);
        rows.Single(r => r[0] == "passed" && r[1] == "1D" && r[2] == "visible checks").ShouldBe(["passed", "1D", "visible checks", "0", "2", "0.000", ""]);
        rows.Single(r => r[0] == "score" && r[2] == "0-7").ShouldBe(["score", "", "0-7", "0", "2", "0.000", ""]);
        rows.Where(r => r[0] == "score").Sum(r => int.Parse(r[3], CultureInfo.InvariantCulture)).ShouldBe(2);
        rows.ShouldAllBe(r => r.All(cell => cell.Length == 0 || !SpreadsheetCell.FormulaStarts.Contains(cell[0])));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("ada", "ada")]
    [InlineData("a=1", "a=1")]
    [InlineData("", "")]
    public void A_cell_that_starts_a_formula_gets_a_quote_in_front(string cell, string expected)
    {
        SpreadsheetCell.Neutralise(cell).ShouldBe(expected);
    }

    [Fact]
    public void An_empty_class_gives_an_empty_report_not_an_error()
    {
        var report = ClassReport.From([]);

        report.Students.ShouldBeEmpty();
        report.Exercises.ShouldAllBe(e => e.VisibleShare == 0);
        report.Histogram.Sum(b => b.Count).ShouldBe(0);
        ClassReportHtml.ToHtml(report).ShouldContain("0 students");
        Rows(report).ShouldNotBeEmpty();
    }

    /// <summary>A submission of <paramref name="name"/> where every check passes except those given, each failing with its misconception (or none).</summary>
    private static SubmissionResult Student(string name, params (GradingCheck Check, string? Misconception)[] failing) =>
        Student(name, [.. failing.Select(f => (f.Check, f.Misconception, FailureKind.WrongAnswer))]);

    private static SubmissionResult Student(string name, (GradingCheck Check, string? Misconception, FailureKind Kind) failing) =>
        Student(name, [failing]);

    private static SubmissionResult Student(string name, IReadOnlyList<(GradingCheck Check, string? Misconception, FailureKind Kind)> failing) =>
        SyntheticResults.Failing() with
        {
            Student = name,
            Checks = [.. GradingCatalog.Default.Checks.Select(c => new CheckResult(
                c,
                failing.Where(f => f.Check == c).Select(f => Failure(c, f.Misconception, f.Kind)).FirstOrDefault(),
                CapturedOutput.None,
                TimeSpan.Zero))],
        };

    private static CheckFailure Failure(GradingCheck check, string? misconception, FailureKind kind = FailureKind.WrongAnswer) =>
        CheckFailure.From(new ExerciseCheckException(check.Exercise, check.Definition.Title, kind, "J = 0.123", "J = 0.456", "a hint",
            misconception: misconception, explanation: misconception is null ? null : "what it means"));

    private static List<string[]> Rows(ClassReport report)
    {
        using var text = new StringWriter();
        ClassReportCsv.Write(report, text);
        using var csv = new CsvParser(new StringReader(text.ToString()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
