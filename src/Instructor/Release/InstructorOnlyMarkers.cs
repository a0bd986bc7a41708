using System.Reflection;
using System.Text.RegularExpressions;
using DecodingChoices.Autograder;
using DecodingChoices.Solutions;

namespace DecodingChoices.Instructor.Release;

/// <summary>
/// Text that must never appear in the student repository, in its sources or in any assembly it builds: the
/// reference track's type names, the hidden checks' class and method names, and the answers to Exercise 2B (the
/// instructors' answers document and the walkthrough's interpretation).
/// </summary>
internal static partial class InstructorOnlyMarkers
{
    /// <summary>The markers, read from the instructor's assemblies and from <paramref name="root"/>'s documents.</summary>
    public static IReadOnlyList<string> Read(string root)
    {
        var markers = new List<string>();
        markers.AddRange(TypeNames(typeof(ReferenceExercises).Assembly));
        var hidden = typeof(DecodingChoices.HiddenChecks.HiddenExerciseChecks).Assembly;
        markers.AddRange(TypeNames(hidden));
        markers.AddRange(hidden.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<HiddenCheckAttribute>() is not null).Select(m => m.Name));
        markers.AddRange(Sentences(Path.Combine(root, "docs", "instructors", "exercise-2B-answers.md")));
        markers.AddRange(Literals(Path.Combine(root, "src", "Instructor", "Interpretation.cs")));
        return [.. markers.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> TypeNames(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic || !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.Name).Where(n => n.Length >= 12 && !n.Contains('<', StringComparison.Ordinal) && !n.StartsWith("Embedded", StringComparison.Ordinal));

    /// <summary>Distinctive stretches of the answers document: 60 characters from each long line of prose.</summary>
    private static IEnumerable<string> Sentences(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length >= 80 && !l.StartsWith('|') && !l.StartsWith('#')).Select(l => l[..60])
            : [];

    /// <summary>The long stretches of wording in a source file's string literals, between interpolation holes (the interpretation's reasoning; its shorter pieces, such as a result's label, may also stand in the walkthrough).</summary>
    private static IEnumerable<string> Literals(string path) =>
        File.Exists(path)
            ? Literal().Matches(File.ReadAllText(path))
                .SelectMany(m => Hole().Split(m.Groups[1].Value))
                .Select(s => s.Trim())
                .Where(s => s.Length >= 60)
                .Select(s => s[..60])
            : [];

    [GeneratedRegex(@"\$?""((?:[^""\\\n]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Hole();
}
