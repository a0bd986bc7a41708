using DecodingChoices.Course;

namespace DecodingChoices.Instructor.Release;

/// <summary>
/// What the student repository holds, and how each part is made. The one list of what crosses from the
/// instructor's repository to the students': everything not named here (the reference track, the hidden checks,
/// the grader, this tool, the instructors' answers and docs, the benchmarks, the maintainers' tests) stays behind.
/// </summary>
internal static class StudentRelease
{
    /// <summary>Files copied as they are, relative to the repository's root.</summary>
    public static IReadOnlyList<string> CopiedFiles { get; } =
    [
        ".editorconfig", ".gitattributes", ".gitignore", "global.json", "Directory.Build.props", "Directory.Packages.props",
        "docs/shape-contracts.md", "play.cs", "tools/measure-loop.sh",
    ];

    /// <summary>Folders copied whole (without bin/ and obj/), relative to the repository's root.</summary>
    public static IReadOnlyList<string> CopiedFolders { get; } =
    [
        "data", "src/Toolkit", "src/Generators", "src/Analyzers", "src/Autograder", "src/Runner", "tests/Exercises.Tests",
    ];

    /// <summary>
    /// From <c>src/Exercises</c>, copied: the project, each exercise's manifest, instructions, hints and visible checks,
    /// and the answers template. The stubs and <c>StudentExercises.cs</c> are rendered pristine from the manifests
    /// (<see cref="StubWriter.RenderAll"/>), whatever the instructor's working copy holds.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> RenderedExerciseFiles() => StubWriter.RenderAll();

    /// <summary>Whether a file under <c>src/Exercises</c> is copied (not rendered, not build output, not an exercise's solution file).</summary>
    public static bool CopiesExerciseFile(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Contains("bin") || parts.Contains("obj"))
        {
            return false;
        }

        var name = parts[^1];
        return parts.Length switch
        {
            1 => name is "Exercises.csproj" or "exercises.globalconfig",
            2 => name is Exercise.ManifestFile or "INSTRUCTIONS.md" or "hints.md" or "ANSWERS.md",
            _ => parts[1] == "Checks" && name.EndsWith(".cs", StringComparison.Ordinal),
        };
    }

    /// <summary>The projects of the student repository's solution, relative to its root.</summary>
    public static bool InSolution(string projectPath) =>
        CopiedFolders.Any(folder => projectPath.StartsWith(folder + "/", StringComparison.Ordinal))
        || projectPath == $"{Exercise.ExercisesRoot}/Exercises.csproj";
}
