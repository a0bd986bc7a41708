using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Compilation;

/// <summary>
/// The student's code as <c>src/Exercises/Exercises.csproj</c> compiles it: every <c>.cs</c> file under
/// <c>src/Exercises</c> except each exercise's <c>Checks/</c> (the autograder's) and <c>bin/</c> and <c>obj/</c>.
/// </summary>
internal static class ExerciseFolder
{
    /// <summary>The files under <paramref name="repositoryRoot"/>'s <c>src/Exercises</c>, read now, each named by its path from the root.</summary>
    /// <exception cref="DirectoryNotFoundException">The repository has no <c>src/Exercises</c>.</exception>
    public static IReadOnlyList<ExerciseSource> Read(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, Exercise.ExercisesRoot);
        return [.. Files(folder)
            .Select(path => new ExerciseSource(ReadShared(path), Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/')))];
    }

    /// <summary>The newest write time among the files <see cref="Read"/> takes (to tell whether a build is out of date).</summary>
    public static DateTime LastWrite(string repositoryRoot) =>
        Files(Path.Combine(repositoryRoot, Exercise.ExercisesRoot)).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(path => !Path.GetRelativePath(folder, path).Split('/', '\\').Any(part => part is "Checks" or "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads a file an editor may be writing at this moment (without locking it against the editor).</summary>
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
