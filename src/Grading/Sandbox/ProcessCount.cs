namespace DecodingChoices.Grading.Sandbox;

/// <summary>
/// How many tasks (processes and threads) the current user runs, machine-wide: RLIMIT_NPROC counts them all,
/// so a cap of "N more" must start from this number.
/// </summary>
internal static class ProcessCount
{
    public static int OfCurrentUser()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var uid = Uid();
        var count = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out _))
            {
                continue;
            }

            try
            {
                if (File.ReadLines(Path.Combine(folder, "status")).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal)) is { } line
                    && line.Split('\t', StringSplitOptions.RemoveEmptyEntries) is [_, var real, ..] && real == uid.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    count += Directory.EnumerateDirectories(Path.Combine(folder, "task")).Count();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return count;
    }

    private static int Uid()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return line?.Split('\t', StringSplitOptions.RemoveEmptyEntries) is [_, var real, ..] && int.TryParse(real, out var uid) ? uid : 0;
    }
}
