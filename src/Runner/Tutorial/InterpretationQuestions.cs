using DecodingChoices.Runner.Hints;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>The tutorial's interpretation questions (Exercise 2B): the <c>##</c> headings of the answers file, their one source.</summary>
internal static class InterpretationQuestions
{
    /// <summary>The answers file, relative to the repository's root.</summary>
    public const string AnswersPath = $"{HintCatalog.InterpretationFolder}/{CourseRepository.AnswersFileName}";

    /// <summary>The questions from the student's answers file (none when it cannot be read).</summary>
    public static IReadOnlyList<string> Read()
    {
        try
        {
            return FromMarkdown(File.ReadAllText(CourseRepository.AnswersFile()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Output.RunnerException)
        {
            return [];
        }
    }

    /// <summary>The text of each second-level heading.</summary>
    public static IReadOnlyList<string> FromMarkdown(string markdown) =>
        [.. markdown.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim())];
}
