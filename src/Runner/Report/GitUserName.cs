using System.ComponentModel;
using System.Diagnostics;

namespace DecodingChoices.Runner.Report;

/// <summary>
/// <c>git config user.name</c> in the repository: the name a student already gave git, which is the
/// name on their commits. No git, no repository or no name configured all give null.
/// </summary>
internal static class GitUserName
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>The configured name, or null.</summary>
    public static string? Read(string repositoryRoot)
    {
        var start = new ProcessStartInfo("git", ["config", "user.name"])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(Patience))
            {
                git.Kill();
                return null;
            }

            return git.ExitCode == 0 ? StudentName.Clean(output.Result) : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
