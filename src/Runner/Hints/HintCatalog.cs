using DecodingChoices.Course;
using DecodingChoices.Runner.Output;

namespace DecodingChoices.Runner.Hints;

/// <summary>
/// Progressive hints for each exercise, read from the <c>hints.md</c> in its folder (one numbered item per hint:
/// the first nudges, the last nearly gives the step away). The <c>hint</c> command shows them one at a time
/// (see <see cref="HintLedger"/>). The interpretation questions (2B) have a folder of their own,
/// <c>src/Exercises/2B-Interpretation</c>, with the answers file and its hints.
/// </summary>
internal static class HintCatalog
{
    /// <summary>The id of the interpretation questions, which have hints but no code.</summary>
    public const string InterpretationId = "2B";

    /// <summary>The interpretation questions' folder.</summary>
    public const string InterpretationFolder = $"{Exercise.ExercisesRoot}/2B-Interpretation";

    /// <summary>Each folder's hints file.</summary>
    public const string HintsFile = "hints.md";

    /// <summary>The ids that have hints, in the tutorial's order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Exercise.All.Select(e => e.Id), InterpretationId];

    /// <summary>The folder of <paramref name="id"/>, relative to the repository's root.</summary>
    public static string FolderOf(string id) => Exercise.Find(id)?.RepositoryFolder
        ?? (string.Equals(id, InterpretationId, StringComparison.OrdinalIgnoreCase) ? InterpretationFolder : throw Unknown(id));

    /// <summary>The hints for <paramref name="id"/> (1A … 2A, or 2B), first to last, from its <c>hints.md</c>.</summary>
    /// <exception cref="RunnerException">No such exercise, or its hints file is missing or has no numbered item.</exception>
    public static IReadOnlyList<string> For(string id)
    {
        var relative = $"{FolderOf(id)}/{HintsFile}";
        var path = Path.Combine(CourseRepository.Root(), relative);
        if (!File.Exists(path))
        {
            throw new RunnerException($"{relative} is missing: restore it from the course repository (git checkout -- {relative}).");
        }

        var hints = Parse(File.ReadAllText(path));
        return hints.Count > 0 ? hints : throw new RunnerException($"{relative} has no hints: each hint is a numbered item (1. …) on a line of its own.");
    }

    /// <summary>The numbered items of a hints file, each item's continuation lines joined to it.</summary>
    public static IReadOnlyList<string> Parse(string markdown)
    {
        var hints = new List<string>();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            var dot = line.IndexOf(". ", StringComparison.Ordinal);
            if (dot > 0 && line[..dot].All(char.IsAsciiDigit))
            {
                hints.Add(line[(dot + 2)..].Trim());
            }
            else if (hints.Count > 0 && line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("<!--", StringComparison.Ordinal))
            {
                hints[^1] = $"{hints[^1]} {line}";
            }
        }

        return hints;
    }

    /// <summary>The canonical id ("1b" → "1B").</summary>
    public static string Normalize(string id) => Ids.FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase)) ?? id;

    private static RunnerException Unknown(string id) => new($"there is no exercise '{id}': give one of {string.Join(", ", Ids)}.");
}
