namespace DecodingChoices.Data;

/// <summary>Checks shared by the loaders before they open a data file.</summary>
internal static class DatasetFile
{
    /// <summary>
    /// The full path of <paramref name="path"/> when the file exists; otherwise a
    /// <see cref="DatasetException"/> "file not found" naming the full path (relative paths are
    /// resolved against the current directory, which is often not the one a person expects).
    /// </summary>
    public static string RequireExisting(string path, string? whatToDo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            var folderNote = Directory.Exists(fullPath) ? " (that is a folder, not a file)" : "";
            throw new DatasetException(fullPath,
                $"file not found: {fullPath}{folderNote}; relative paths start from the current directory, {Environment.CurrentDirectory}.{(whatToDo is null ? "" : " " + whatToDo)}");
        }

        return fullPath;
    }
}
