namespace DecodingChoices.Runner.Report;

/// <summary>
/// How the report names a file: relative to the repository's root with forward slashes
/// (<c>src/Exercises/2B-Interpretation/ANSWERS.md</c>), never as an absolute path, which would show the
/// student's home folder (and user name) to whoever reads the PDF and differs from one machine to the next.
/// A file outside the repository is named by its file name alone.
/// </summary>
internal static class RepositoryPath
{
    /// <summary>The name of <paramref name="path"/> as the report shows it, given the repository's <paramref name="root"/>.</summary>
    public static string Relative(string path, string root)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(root);
        if (!Path.IsPathFullyQualified(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(root, path);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathFullyQualified(relative);
        return outside ? Path.GetFileName(path) : relative.Replace('\\', '/');
    }

    /// <summary>
    /// <paramref name="text"/> (the walkthrough's printed output, say) with every occurrence of the
    /// repository's root, and of <paramref name="otherFolders"/> (the output folder, the data's folder), removed
    /// or shortened so no absolute path is left.
    /// </summary>
    public static string Scrub(string text, string root, params IEnumerable<string> otherFolders)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folders = otherFolders
            .Select(folder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))
            .Append(Path.TrimEndingDirectorySeparator(root))
            .Where(folder => folder.Length > 1)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(folder => folder.Length);
        foreach (var folder in folders)
        {
            var shown = Relative(folder, root);
            var replacement = shown == "." ? "" : shown + "/";
            text = text.Replace(folder + Path.DirectorySeparatorChar, replacement, StringComparison.Ordinal)
                       .Replace(folder, shown, StringComparison.Ordinal);
        }

        return text;
    }
}
