using System.Diagnostics;

namespace DecodingChoices.Grading.Sandbox;

/// <summary>
/// Finds bubblewrap (<c>bwrap</c>) and <c>prlimit</c>, and checks once per process that bubblewrap can
/// actually create its namespaces here (a container without user namespaces has the program but cannot use it).
/// </summary>
public static class Bubblewrap
{
    private static readonly Lazy<string?> LazyBwrap = new(() => Probe(FindProgram("bwrap")));
    private static readonly Lazy<string?> LazyPrlimit = new(() => FindProgram("prlimit"));

    /// <summary>The path of a working <c>bwrap</c>, or null.</summary>
    public static string? Path => LazyBwrap.Value;

    /// <summary>The path of <c>prlimit</c>, or null.</summary>
    public static string? Prlimit => LazyPrlimit.Value;

    /// <summary>Why there is no sandbox on this machine, for the message every run prints; null when there is one.</summary>
    public static string? Unavailable =>
        !OperatingSystem.IsLinux() ? "bubblewrap needs Linux"
        : FindProgram("bwrap") is null ? "bubblewrap (bwrap) is not installed: apt-get install bubblewrap"
        : Path is null ? "bwrap is installed but cannot create namespaces here (user namespaces disabled?)"
        : null;

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindProgram(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static string? Probe(string? bwrap)
    {
        if (bwrap is null || !OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var start = new ProcessStartInfo(bwrap) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in (string[])["--unshare-all", "--die-with-parent", "--uid", "65534", "--gid", "65534", "--ro-bind", "/usr", "/usr",
                "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin", "--proc", "/proc", "--dev", "/dev", "/usr/bin/true"])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? bwrap : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
