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

    /// <summary>The whole HTML document.</summary>
    public static string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Decoding choices: submission</title>
            <style>
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #222; }
            h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
            table { border-collapse: collapse; margin: .5rem 0; } td, th { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
            pre { background: #f6f6f6; padding: .75rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; }
            .done { color: #1a7f37; } .failing { color: #cf222e; } .notstarted { color: #777; }
            .note { background: #fff8c5; padding: .5rem .75rem; border-left: 4px solid #d4a72c; }
            figure { margin: 1rem 0; page-break-inside: avoid; } figure img { max-width: 100%; border: 1px solid #ddd; }
            figcaption { font-size: .9rem; color: #555; }
            .answers { border-left: 4px solid #0969da; padding-left: 1rem; }
            .answers h1 { font-size: 1.2rem; } .answers h2 { font-size: 1.05rem; border: none; margin-top: 1rem; }
            @media print { body { margin: 0; max-width: none; } pre { font-size: .7rem; } }
            </style>
            </head>
            <body>
            <h1>Machine Learning III, Tutorial 2: decoding choices</h1>

            """);
        var result = content.Result;
        html.Append("<p>Track: <b>").Append(E(result.Options.Track.ToString().ToLowerInvariant())).Append("</b> · data: <code>")
            .Append(E(result.Data.Source)).Append("</code> · generated ")
            .Append(E(content.Generated.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))).Append("</p>\n");

        AppendSummary(html, content);
        AppendExercises(html, content.Board);
        AppendAnswers(html, content);
        AppendPlots(html, content);

        html.Append("<h2>The walkthrough's output</h2>\n<pre>").Append(E(content.Log)).Append("</pre>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, ReportContent content)
    {
        var result = content.Result;
        html.Append("<h2>Results</h2>\n<table>\n");
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
            html.Append("<p class=\"note\">The walkthrough stopped at ").Append(E(stop.Exercise.Label)).Append(": ").Append(E(stop.InnerException?.Message ?? stop.Message)).Append("</p>\n");
        }
    }

    private static void AppendExercises(StringBuilder html, StatusBoard board)
    {
        html.Append("<h2>Exercises</h2>\n<table>\n<tr><th>Step</th><th>What</th><th>State</th><th>Checks passed</th></tr>\n");
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
        html.Append("<h2>Exercise 2B: interpreting the results</h2>\n");
        if (content.UnansweredQuestions > 0)
        {
            html.Append("<p class=\"note\">").Append(content.UnansweredQuestions)
                .Append(" question(s) still have no answer: write them in <code>").Append(E(content.AnswersPath)).Append("</code>.</p>\n");
        }

        html.Append("<div class=\"answers\">\n").Append(Markdig.Markdown.ToHtml(content.AnswersMarkdown, Markdown)).Append("</div>\n");
    }

    private static void AppendPlots(StringBuilder html, ReportContent content)
    {
        html.Append("<h2>Plots</h2>\n");
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
