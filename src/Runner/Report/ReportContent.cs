using DecodingChoices.Runner.Checks;
using DecodingChoices.Runner.Plots;
using DecodingChoices.Runner.Tutorial;

namespace DecodingChoices.Runner.Report;

/// <summary>What goes into the submission report.</summary>
/// <param name="Result">The walkthrough on the student's track, as far as it got.</param>
/// <param name="Board">The autograder's verdict on each exercise.</param>
/// <param name="Log">The walkthrough's printed output, as plain text.</param>
/// <param name="Plots">The plots to embed.</param>
/// <param name="AnswersPath">Where the answers came from.</param>
/// <param name="AnswersMarkdown">The student's answers to the interpretation questions (Markdown).</param>
/// <param name="Generated">When the report was made.</param>
internal sealed record ReportContent(
    TutorialResult Result,
    StatusBoard Board,
    string Log,
    IReadOnlyList<PlotFile> Plots,
    string AnswersPath,
    string AnswersMarkdown,
    DateTimeOffset Generated)
{
    /// <summary>The placeholder ANSWERS.md ships with under each question.</summary>
    public const string Placeholder = "_Your answer here._";

    /// <summary>How many questions still have the placeholder instead of an answer.</summary>
    public int UnansweredQuestions => CountOf(AnswersMarkdown, Placeholder);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
