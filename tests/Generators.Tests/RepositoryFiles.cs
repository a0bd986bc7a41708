namespace DecodingChoices.Generators.Tests;

/// <summary>Files of the repository the tests run in, found by walking up from the test assembly to <c>Course.sln</c>.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root folder.</summary>
    internal static string Root { get; } = DecodingChoices.Course.RepositorySearch.RootAboveAssembly();

    /// <summary>Every <c>src/Exercises/*/exercise.json</c>, as (full path, text), ordered by path.</summary>
    internal static IReadOnlyList<(string Path, string Text)> Manifests() =>
        [.. Directory.GetDirectories(Path.Combine(Root, "src", "Exercises"))
            .Select(folder => Path.Combine(folder, "exercise.json"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))];

    /// <summary>The text of a file given relative to the root with forward slashes.</summary>
    internal static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
