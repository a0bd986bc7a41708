using System.Globalization;
using System.Net;
using System.Text;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// The <see cref="ClassReport"/> as one self-contained page, <c>class-report.html</c>, written for an instructor
/// who has a minute before class: what to re-teach first (the misconceptions most students made, with who made
/// them), how the scores spread (an inline SVG histogram), how many passed each exercise, and per exercise the
/// details. No scripts, no fonts, no images to fetch: the file opens offline and can be mailed as is.
/// </summary>
/// <remarks>
/// Student names are folder names, chosen by students, so every piece of text on the page, names and
/// misconception names alike, goes through <see cref="Text"/> (HTML encoding) on its way out: a student
/// called <c>&lt;script&gt;</c> is shown, never run.
/// </remarks>
internal static class ClassReportHtml
{
    private const int ChartWidth = 720;
    private const int ChartHeight = 240;
    private const int AxisBottom = 200;
    private const int ChartTop = 24;
    private const int ChartLeft = 40;

    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/>.</summary>
    public static void Write(ClassReport report, string path) =>
        File.WriteAllText(path, ToHtml(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>The page of <paramref name="report"/>.</summary>
    public static string ToHtml(ClassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Class report: Decoding Choices in C#</title>
            <style>
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 1000px; padding: 0 1.5rem; }
            h1 { font-size: 1.6rem; margin-bottom: .2rem; }
            h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
            h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
            .lead { color: #57606a; margin-top: 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
            th { font-weight: 600; color: #57606a; font-size: .85rem; }
            td.pass, td.exercise { white-space: nowrap; }
            table.details { table-layout: fixed; }
            table.details col.what { width: 45%; } table.details col.count { width: 15%; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .bar { display: inline-block; width: 120px; height: 10px; background: #eaeef2; border-radius: 5px; margin-right: .5rem; vertical-align: middle; overflow: hidden; }
            .bar span { display: block; height: 100%; background: #2da44e; }
            .bar.hidden span { background: #0969da; }
            .names { color: #57606a; }
            .count { font-weight: 600; }
            .none { color: #57606a; font-style: italic; }
            ol.reteach li { margin-bottom: .35rem; }
            .tag { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: 4px; background: #eaeef2; color: #1f2328; margin-right: .3rem; }
            svg text { font: 12px system-ui, sans-serif; fill: #57606a; }
            svg .value { fill: #1f2328; font-weight: 600; }
            </style>
            </head>
            <body>

            """);
        Summary(html, report);
        Reteach(html, report);
        Histogram(html, report);
        Overview(html, report);
        Details(html, report);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary><paramref name="text"/>, HTML-encoded: safe between tags and inside a quoted attribute.</summary>
    public static string Text(string text) => WebUtility.HtmlEncode(text);

    private static void Summary(StringBuilder html, ClassReport report)
    {
        var students = report.Students.Count;
        html.Append("<h1>Class report</h1>\n<p class=\"lead\">")
            .Append(Plural(students, "student")).Append(" · mean score ").Append(Number(report.MeanScore))
            .Append(" and median ").Append(Number(report.MedianScore)).Append(" of ").Append(report.MaxScore).Append(" points");
        if (report.Statuses.Count > 0)
        {
            html.Append(" · ").Append(string.Join(", ", report.Statuses.Select(s => $"{s.Count} {Gradebook.StatusText(s.Status)}")));
        }

        if (report.HiddenSeed is { } seed)
        {
            html.Append(" · hidden seed ").Append(seed.ToString(CultureInfo.InvariantCulture));
        }

        html.Append("</p>\n");
    }

    private static void Reteach(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>Re-teach first</h2>\n");
        var first = report.ReteachFirst.ToList();
        if (first.Count == 0)
        {
            html.Append("<p class=\"none\">No misconception from the catalog was recognised in this class.</p>\n");
            return;
        }

        html.Append("<p class=\"lead\">The misconceptions the checks recognised, most students first.</p>\n<ol class=\"reteach\">\n");
        foreach (var (exercise, group) in first)
        {
            html.Append("<li><span class=\"tag\">").Append(Text(exercise.Id)).Append("</span><strong>").Append(Text(group.Name)).Append("</strong>: ")
                .Append("<span class=\"count\">").Append(Plural(group.Count, "student")).Append("</span> (").Append(Percent(group.Count, report.Students.Count)).Append(") ")
                .Append("<span class=\"names\">").Append(Names(group.Students)).Append("</span></li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <summary>
    /// The score histogram as inline SVG: one bar per bin, its count above it and its range below, and each
    /// bar's students in its <c>&lt;title&gt;</c> (the browser shows them on hover, no script needed).
    /// </summary>
    private static void Histogram(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>Score distribution</h2>\n<p class=\"lead\">Total points of each student, out of ").Append(report.MaxScore)
            .Append(" (hidden checks included). Hover a bar for its students.</p>\n");
        var bins = report.Histogram;
        var tallest = Math.Max(1, bins.Max(b => b.Count));
        var slot = (double)(ChartWidth - ChartLeft - 10) / bins.Count;
        var plot = AxisBottom - ChartTop;
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{ChartWidth}\" height=\"{ChartHeight}\" viewBox=\"0 0 {ChartWidth} {ChartHeight}\" role=\"img\" aria-label=\"Histogram of total scores\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{ChartLeft}\" y1=\"{AxisBottom}\" x2=\"{ChartWidth - 10}\" y2=\"{AxisBottom}\" stroke=\"#8c959f\"/>\n");
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var height = Math.Round((double)bin.Count / tallest * plot, 1);
            var x = Math.Round(ChartLeft + (i * slot) + 3, 1);
            var width = Math.Round(slot - 6, 1);
            var middle = Math.Round(x + (width / 2), 1);
            var title = $"{bin.Label} points: {(bin.Count == 0 ? "nobody" : string.Join(", ", bin.Students))}";
            html.Append(CultureInfo.InvariantCulture, $"<g><title>{Text(title)}</title>");
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bin\" x=\"{x}\" y=\"{AxisBottom - height}\" width=\"{width}\" height=\"{height}\" rx=\"2\" fill=\"#2da44e\"/>");
            if (bin.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{middle}\" y=\"{AxisBottom - height - 6}\" text-anchor=\"middle\">{bin.Count}</text>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{middle}\" y=\"{AxisBottom + 18}\" text-anchor=\"middle\">{Text(bin.Label)}</text></g>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{(ChartWidth + ChartLeft) / 2}\" y=\"{AxisBottom + 38}\" text-anchor=\"middle\">total points</text>\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartLeft - 8}\" y=\"{AxisBottom + 4}\" text-anchor=\"end\">0</text>\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartLeft - 8}\" y=\"{ChartTop + 4}\" text-anchor=\"end\">{tallest}</text>\n");
        html.Append("</svg>\n");
    }

    private static void Overview(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>Exercises</h2>\n<table>\n<tr><th>Exercise</th><th>Passed the visible checks</th><th>Passed all checks, hidden too</th><th>Misconceptions</th><th>Not written</th><th>Other failures</th></tr>\n");
        foreach (var e in report.Exercises)
        {
            html.Append("<tr><td class=\"exercise\">").Append(Text(e.Exercise.Label)).Append("</td>")
                .Append("<td class=\"pass\">").Append(Bar(e.VisibleShare, hidden: false)).Append(e.PassedVisible).Append(" (").Append(Percent(e.PassedVisible, e.Students)).Append(")</td>")
                .Append("<td class=\"pass\">").Append(Bar(e.AllShare, hidden: true)).Append(e.PassedAll).Append(" (").Append(Percent(e.PassedAll, e.Students)).Append(")</td>")
                .Append("<td class=\"num\">").Append(e.Misconceptions.Sum(m => m.Count)).Append("</td>")
                .Append("<td class=\"num\">").Append(e.NotWritten.Count).Append("</td>")
                .Append("<td class=\"num\">").Append(e.Unrecognised.Count).Append("</td></tr>\n");
        }

        html.Append("</table>\n<p class=\"lead\">Misconceptions: students counted once per misconception; not written: left as the stub, or the file did not compile; other failures: a failed check with no misconception named.</p>\n");
    }

    private static void Details(StringBuilder html, ClassReport report)
    {
        html.Append("<h2>By exercise</h2>\n");
        foreach (var e in report.Exercises)
        {
            html.Append("<h3>").Append(Text(e.Exercise.Label)).Append(": ").Append(Text(e.Exercise.Title)).Append("</h3>\n");
            if (e.Misconceptions.Count == 0 && e.NotWritten.Count == 0 && e.Unrecognised.Count == 0)
            {
                html.Append("<p class=\"none\">Everyone passed every check.</p>\n");
                continue;
            }

            html.Append("<table class=\"details\">\n<colgroup><col class=\"what\"><col class=\"count\"><col></colgroup>\n<tr><th>What went wrong</th><th>Students</th><th>Who</th></tr>\n");
            foreach (var group in e.Misconceptions)
            {
                Line(html, $"<strong>{Text(group.Name)}</strong>", group.Students, e.Students);
            }

            if (e.NotWritten.Count > 0)
            {
                Line(html, "<span class=\"none\">not written (stub, or did not compile)</span>", e.NotWritten, e.Students);
            }

            if (e.Unrecognised.Count > 0)
            {
                Line(html, "<span class=\"none\">failed, no misconception named</span>", e.Unrecognised, e.Students);
            }

            html.Append("</table>\n");
        }
    }

    /// <summary>One row of an exercise's details; <paramref name="what"/> is already HTML.</summary>
    private static void Line(StringBuilder html, string what, IReadOnlyList<string> students, int of) =>
        html.Append("<tr><td>").Append(what).Append("</td><td>").Append(students.Count).Append(" (").Append(Percent(students.Count, of)).Append(")</td>")
            .Append("<td class=\"names\">").Append(Names(students)).Append("</td></tr>\n");

    private static string Bar(double share, bool hidden) =>
        string.Create(CultureInfo.InvariantCulture, $"<span class=\"bar{(hidden ? " hidden" : "")}\"><span style=\"width:{Math.Round(share * 100, 1)}%\"></span></span>");

    private static string Names(IReadOnlyList<string> students) => Text(string.Join(", ", students));

    private static string Percent(int part, int whole) =>
        ClassReport.Share(part, whole).ToString("0%", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
