namespace DecodingChoices.Course;

/// <summary>
/// Finds the course repository, or one of its files, by walking up the folder tree: the one walk the runner
/// (<c>Course.sln</c>, to find the student's files), the data loader (the bundled CSV) and the maintainers' tests
/// (the repository above the test assembly) share.
/// <para>
/// A program looks above the working directory first, so <c>dotnet run</c> from anywhere inside a copy of the
/// course finds that copy, and then above its own folder, so a built program run from elsewhere still finds the
/// repository it was built in.
/// </para>
/// </summary>
internal static class RepositorySearch
{
    /// <summary>The solution file that marks the repository's root.</summary>
    public const string Marker = "Course.sln";

    /// <summary>Where a program starts looking: the working directory, then the program's folder.</summary>
    public static string[] ProgramStarts() => [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];

    /// <summary>
    /// The first folder holding <paramref name="relativePath"/> (a file, given from that folder), walking up from
    /// each of <paramref name="starts"/> in turn; null when there is none.
    /// </summary>
    public static string? FolderHolding(string relativePath, IEnumerable<string> starts)
    {
        ArgumentNullException.ThrowIfNull(starts);
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, relativePath)))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The repository a test assembly was built in: the first folder with <see cref="Marker"/> above it.</summary>
    /// <exception cref="DirectoryNotFoundException">The assembly is not inside a course repository.</exception>
    public static string RootAboveAssembly() =>
        FolderHolding(Marker, [AppContext.BaseDirectory])
        ?? throw new DirectoryNotFoundException($"{Marker} not found above {AppContext.BaseDirectory}.");
}
