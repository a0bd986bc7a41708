using System.Text.Json;
using System.Text.RegularExpressions;
using DecodingChoices.Runner.Plots;
using DecodingChoices.Runner.Report;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>course report</c>: one self-contained HTML file with the results, the plots and the student's answers.</summary>
public sealed partial class ReportTests : IDisposable
{
    private const string Answers = """
        # Exercise 2B — Interpreting results

        ## Are the accuracies for the shuffled data higher than you expected?

        Yes: the model **memorizes** the 220 training trials with its 691 weights.

        ## Why couldn't we just check whether our true accuracy is above 50%?

        Because chance for a *training* accuracy is what shuffled labels get. <script>alert(1)</script>
        """;

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Holds_the_results_the_answers_and_every_plot_embedded()
    {
        var answers = _folder.Write("ANSWERS.md", Answers);
        var out_ = _folder.File("out");

        var run = CourseRun.Of("report", "--track", "solutions", "--shuffles", "10", "--answers", answers, "--out", out_);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var html = File.ReadAllText(Path.Combine(out_, SubmissionReport.FileName));
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<strong>memorizes</strong>", Case.Sensitive, "the answers are rendered from Markdown");
        html.ShouldContain("<em>training</em>");
        html.ShouldNotContain("<script>", Case.Sensitive, "raw HTML in the answers is escaped");
        html.ShouldContain("Exercises done</th><td>6 of 6");
        html.ShouldContain("Cross-validated permutation test");
        html.ShouldContain("spikes (276, 691)");

        var images = PngData().Matches(html);
        images.Count.ShouldBe(5);
        foreach (Match image in images)
        {
            var bytes = Convert.FromBase64String(image.Groups[1].Value);
            Png.HeaderSize(bytes).ShouldBe((TutorialPlots.Width, TutorialPlots.Height));
        }

        ExternalReference().IsMatch(html).ShouldBeFalse("the report is self-contained");
        run.Console.ShouldContain("6 of 6 exercises done, 5 plots embedded");
    }

    [Fact]
    public void On_unfinished_exercises_it_says_where_the_walkthrough_stopped_and_what_is_unanswered()
    {
        var answers = _folder.Write("ANSWERS.md", "## Question\n\n" + ReportContent.Placeholder + "\n");

        var run = CourseRun.Of("report", "--answers", answers, "--out", _folder.Path, "--json");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        using var document = JsonDocument.Parse(run.Json);
        var root = document.RootElement;
        root.GetProperty("track").GetString().ShouldBe("exercises");
        root.GetProperty("exercisesDone").GetInt32().ShouldBe(0);
        root.GetProperty("walkthroughCompleted").GetBoolean().ShouldBeFalse();
        root.GetProperty("stoppedAt").GetProperty("exercise").GetString().ShouldBe("1A");
        root.GetProperty("unansweredQuestions").GetInt32().ShouldBe(1);
        var html = File.ReadAllText(root.GetProperty("reportFile").GetString()!);
        html.ShouldContain("The walkthrough stopped at Exercise 1A (TransformInputs)");
        html.ShouldContain("1 question(s) still have no answer");
        html.ShouldContain("not started");
    }

    [Fact]
    public void By_default_it_reads_the_answers_file_in_src_Exercises()
    {
        var run = CourseRun.Of("report", "--out", _folder.Path, "--no-plots", "--json");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        using var document = JsonDocument.Parse(run.Json);
        document.RootElement.GetProperty("answersFile").GetString()!.ShouldEndWith(Path.Combine("src", "Exercises", "2B-Interpretation", "ANSWERS.md"));
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex PngData();

    [GeneratedRegex("(src|href)=\"(https?:|//|[a-z]+/)")]
    private static partial Regex ExternalReference();
}
