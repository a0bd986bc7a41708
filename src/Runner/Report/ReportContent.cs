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
/// <param name="StudentName">Whose report it is, or null when no name was given (<see cref="Report.StudentName"/>).</param>
/// <param name="Code">The student's files, per exercise.</param>
/// <param name="RepositoryRoot">The repository's root: every path in the report is shown relative to it.</param>
/// <param name="OutFolder">The output folder (its absolute path is scrubbed from the walkthrough's output too).</param>
internal sealed record ReportContent(
    TutorialResult Result,
    StatusBoard Board,
    string Log,
    IReadOnlyList<PlotFile> Plots,
    string AnswersPath,
    string AnswersMarkdown,
    DateTimeOffset Generated,
    string? StudentName,
    IReadOnlyList<ExerciseCode> Code,
    string RepositoryRoot,
    string OutFolder)
{
    /// <summary>A file's name as the report shows it: relative to the repository, never absolute.</summary>
    public string Shown(string path) => RepositoryPath.Relative(path, RepositoryRoot);

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
