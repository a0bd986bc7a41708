using System.Globalization;
using System.Net;
using System.Text;
using DecodingChoices.Runner.Checks;
using Markdig;

namespace DecodingChoices.Runner.Report;

/// <summary>
/// The student's submission, the tutorial's "print to PDF" step: one self-contained HTML file (no external
/// files or links) with the results, the plots embedded as base64 PNG, and the answers to the interpretation
/// questions rendered from Markdown. A browser's "Print → Save as PDF" turns it into the PDF to hand in.
/// </summary>
internal static class SubmissionReport
{
    /// <summary>The report's file name.</summary>
    public const string FileName = "report.html";

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>The sections in order: their ids (for the navigation) and headings.</summary>
    private static readonly (string Id, string Heading)[] Sections =
    [
        ("results", "Results"),
        ("exercises", "Exercises"),
        ("code", "Your code"),
        ("answers", "Exercise 2B: interpreting the results"),
        ("plots", "Plots"),
        ("log", "The walkthrough's output"),
    ];

    /// <summary>
    /// The whole HTML document: a header (name, track, data, date), a navigation bar (not printed), then one
    /// <c>&lt;section&gt;</c> per part, each starting a new page when printed. Paths are relative to the repository.
    /// </summary>
    public static string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Decoding choices: submission")
            .Append(content.StudentName is { } title ? " of " + E(title) : "").Append("</title>\n<style>\n")
            .Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n<header>\n<h1>Machine Learning III, Tutorial 2: decoding choices</h1>\n");
        var result = content.Result;
        html.Append("<dl class=\"meta\">\n");
        Meta(html, "Name", content.StudentName ?? StudentName.NotGiven);
        Meta(html, "Track", result.Options.Track.ToString().ToLowerInvariant());
        html.Append("<dt>Data</dt><dd><code>").Append(E(content.Shown(result.Data.Source))).Append("</code></dd>\n");
        Meta(html, "Made", content.Generated.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        html.Append("</dl>\n</header>\n<nav>");
        foreach (var (id, heading) in Sections)
        {
            html.Append("<a href=\"#").Append(id).Append("\">").Append(E(heading)).Append("</a>");
        }

        html.Append("</nav>\n");
        Section(html, 0, () => AppendSummary(html, content));
        Section(html, 1, () => AppendExercises(html, content.Board));
        Section(html, 2, () => AppendCode(html, content.Code));
        Section(html, 3, () => AppendAnswers(html, content));
        Section(html, 4, () => AppendPlots(html, content));
        var dataFolder = Path.IsPathFullyQualified(result.Data.Source) ? Path.GetDirectoryName(result.Data.Source) ?? content.OutFolder : content.OutFolder;
        var log = RepositoryPath.Scrub(content.Log, content.RepositoryRoot, content.OutFolder, dataFolder);
        Section(html, 5, () => html.Append("<pre>").Append(E(log)).Append("</pre>\n"));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, int index, Action body)
    {
        var (id, heading) = Sections[index];
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(E(heading)).Append("</h2>\n");
        body();
        html.Append("</section>\n");
    }

    private static void Meta(StringBuilder html, string label, string value) =>
        html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static void AppendCode(StringBuilder html, IReadOnlyList<ExerciseCode> code)
    {
        html.Append("<p>Each file as it is in your repository.</p>\n");
        foreach (var file in code)
        {
            html.Append("<h3>").Append(E(file.Exercise.Id)).Append(": ").Append(E(file.Exercise.Title))
                .Append(" <code>").Append(E(file.RelativePath)).Append("</code></h3>\n");
            if (file.Text is null)
            {
                html.Append("<p class=\"missing\">The file is missing.</p>\n");
                continue;
            }

            html.Append("<pre class=\"code\"><code>").Append(CSharpHighlighter.ToHtml(file.Text.TrimEnd())).Append("</code></pre>\n");
        }
    }

    private static void AppendSummary(StringBuilder html, ReportContent content)
    {
        var result = content.Result;
        html.Append("<table>\n");
        Row(html, "Exercises done", $"{content.Board.DoneCount} of {content.Board.Exercises.Count}");
        Row(html, "Data", $"spikes ({result.Data.TrialCount}, {result.Data.NeuronCount}), training split ({result.Train.TrialCount}, {result.Train.NeuronCount})");
        if (result.Exercise1 is { } e1)
        {
            Row(html, "Exercise 1: your fit", I($"{e1.Fit.Iterations} iterations, J(θ̂) = {e1.Fit.Fun:G4}; training accuracy {e1.TrainAccuracy:F3}, test accuracy {e1.TestAccuracy:F3}"));
        }

        if (result.Exercise2 is { } e2)
        {
            Row(html, "Exercise 2A: shuffle test", I($"true training accuracy {e2.TrueAccuracy:F3}; {e2.ShuffledAccuracies.Length} shuffles, mean {e2.MeanShuffledAccuracy:F3}; {e2.ShufflesReachingTrue} reach the true accuracy (p = {e2.PValue:G3})"));
        }

        if (result.Permutation is { } p)
        {
            Row(html, "Cross-validated permutation test", I($"accuracy {p.Test.Score:F3} on held-out folds; permuted mean {p.Test.MeanPermutationScore:F3}; p = {p.Test.PValue:G3}"));
        }

        html.Append("</table>\n");
        if (result.StoppedAt is { } stop)
        {
            html.Append("<p class=\"note\">The walkthrough stopped at ").Append(E(stop.Exercise.Label)).Append(": ").Append(E(RepositoryPath.Scrub(stop.InnerException?.Message ?? stop.Message, content.RepositoryRoot, content.OutFolder))).Append("</p>\n");
        }
    }

    private static void AppendExercises(StringBuilder html, StatusBoard board)
    {
        html.Append("<table>\n<tr><th>Step</th><th>What</th><th>State</th><th>Checks passed</th></tr>\n");
        foreach (var status in board.Exercises)
        {
            var (css, word) = status.State switch
            {
                ExerciseState.Done => ("done", "done"),
                ExerciseState.Failing => ("failing", "failing"),
                ExerciseState.Waiting => ("failing", $"waiting for {status.WaitingFor!.Id}"),
                _ => ("notstarted", "not started"),
            };
            html.Append("<tr><td>").Append(E(status.Exercise.Id)).Append("</td><td>").Append(E(status.Exercise.Title))
                .Append("</td><td class=\"").Append(css).Append("\">").Append(word).Append("</td><td>")
                .Append(status.Passed).Append(" / ").Append(status.Total).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
        var failing = board.Exercises.FirstOrDefault(e => e.State == ExerciseState.Failing);
        if (failing?.FirstFailure is { } failure)
        {
            html.Append("<p>First failing check:</p>\n<pre>").Append(E(failure.Message)).Append("</pre>\n");
        }
    }

    private static void AppendAnswers(StringBuilder html, ReportContent content)
    {
                if (content.UnansweredQuestions > 0)
        {
            html.Append("<p class=\"note\">").Append(content.UnansweredQuestions)
                .Append(" question(s) still have no answer: write them in <code>").Append(E(content.Shown(content.AnswersPath))).Append("</code>.</p>\n");
        }

        html.Append("<div class=\"answers\">\n").Append(Markdig.Markdown.ToHtml(content.AnswersMarkdown, Markdown)).Append("</div>\n");
    }

    private static void AppendPlots(StringBuilder html, ReportContent content)
    {
                if (content.Plots.Count == 0)
        {
            html.Append("<p>No plots: the walkthrough stopped before Exercise 1 was done, or ran with --no-plots.</p>\n");
        }

        foreach (var plot in content.Plots)
        {
            html.Append("<figure><img alt=\"").Append(E(plot.Title)).Append("\" width=\"").Append(plot.Width).Append("\" height=\"").Append(plot.Height)
                .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(File.ReadAllBytes(plot.Path)))
                .Append("\"><figcaption>").Append(E(plot.Title)).Append(" (").Append(E(plot.Name)).Append(")</figcaption></figure>\n");
        }
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
