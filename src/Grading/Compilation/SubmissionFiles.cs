using DecodingChoices.Course;

namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// The exercise files of one submission: for each exercise, the file with its name
/// (<c>TransformInputs.cs</c> … <c>EvaluateAccuracy.cs</c>) found anywhere in the submission's folder.
/// Everything else the folder holds is ignored, so a submission can replace the exercise files and nothing
/// else: not the checks, not the project files, not <c>StudentExercises.cs</c>. When a name occurs more than
/// once, the copy nearest the folder's top wins (then the first in ordinal order of its path).
/// </summary>
public sealed class SubmissionFiles
{
    private SubmissionFiles(string folder, IReadOnlyDictionary<Exercise, string> files)
    {
        Folder = folder;
        Files = files;
    }

    /// <summary>The submission's folder.</summary>
    public string Folder { get; }

    /// <summary>The full path of each exercise file found.</summary>
    public IReadOnlyDictionary<Exercise, string> Files { get; }

    /// <summary>The paths taken, relative to <see cref="Folder"/>, in the tutorial's order.</summary>
    public IReadOnlyList<string> RelativePaths =>
        [.. Exercise.All.Where(Files.ContainsKey).Select(e => Path.GetRelativePath(Folder, Files[e]).Replace('\\', '/'))];

    /// <summary>Finds the exercise files in <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static SubmissionFiles Find(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The submission folder '{folder}' does not exist.");
        }

        var names = Exercise.All.ToDictionary(ShippedSources.FileName, e => e, StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<Exercise, string>();
        var candidates = Directory.EnumerateFiles(folder, "*.cs", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Select(path => (Path: path, Depth: Path.GetRelativePath(folder, path).Count(c => c is '/' or '\\')))
            .OrderBy(c => c.Depth)
            .ThenBy(c => c.Path, StringComparer.Ordinal);
        foreach (var (path, _) in candidates)
        {
            if (names.TryGetValue(Path.GetFileName(path), out var exercise))
            {
                found.TryAdd(exercise, path);
            }
        }

        return new SubmissionFiles(folder, found);
    }
}
