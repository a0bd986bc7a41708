namespace DecodingChoices.Runner.Commands.Settings;

/// <summary>
/// Whether an output folder (<c>--out</c>) can be written, asked before a command runs, so that a folder that cannot
/// be written is told as such ("cannot be written") rather than as an internal "Could not find file", and after
/// nothing has been computed or half-written.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Null when <paramref name="folder"/> exists and can be written or can be created; else what is wrong, in words.</summary>
    public static string? Problem(string folder)
    {
        string full;
        try
        {
            full = Path.GetFullPath(folder);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "not a usable folder path; give a folder such as --out out.";
        }

        if (File.Exists(full))
        {
            return "is a file, not a folder; give a folder for the plots and the report.";
        }

        // The nearest folder that exists must accept a new entry: try one, and remove it at once.
        var existing = new DirectoryInfo(full);
        while (existing is { Exists: false })
        {
            existing = existing.Parent;
        }

        if (existing is null)
        {
            return "the folder cannot be created; give a folder you can write to.";
        }

        var probe = Path.Combine(existing.FullName, $".course-write-test-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the folder cannot be written (nothing can be created in {existing.FullName}); give a folder you can write to, such as --out out.";
        }
    }
}
