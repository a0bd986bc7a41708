using System.Globalization;

namespace DecodingChoices.Grading.Sandbox;

/// <summary>
/// Builds the command line that runs a program in the sandbox:
/// <c>prlimit --as=… --cpu=… --nproc=… -- bwrap --unshare-all --die-with-parent --new-session --uid 65534 --gid 65534
/// --ro-bind … --proc /proc --dev /dev --tmpfs /tmp … PROGRAM ARGS</c>. Nothing is visible inside but the system
/// libraries (<c>/usr/lib</c>), the .NET runtime (the muxer, <c>host/</c> and the one shared framework), and the
/// files and folders the caller binds, each at its own path; there is no network and a PID namespace, so every
/// process started inside dies with it. Without bubblewrap the same limits apply through <c>prlimit</c> alone.
/// </summary>
public sealed class SandboxCommand
{
    private readonly List<(string Flag, string Path)> _binds = [];

    /// <summary>Read-only: <paramref name="path"/> (a file or folder) at the same path inside.</summary>
    public SandboxCommand ReadOnly(string path)
    {
        _binds.Add(("--ro-bind", Path.GetFullPath(path)));
        return this;
    }

    /// <summary>Writable: the folder <paramref name="path"/> at the same path inside.</summary>
    public SandboxCommand Writable(string path)
    {
        _binds.Add(("--bind", Path.GetFullPath(path)));
        return this;
    }

    /// <summary>The program and arguments that run <paramref name="program"/> <paramref name="arguments"/>, sandboxed when <paramref name="bwrap"/> is given.</summary>
    public (string FileName, List<string> Arguments) Build(string program, IEnumerable<string> arguments, SandboxLimits limits, string? bwrap, IReadOnlyDictionary<string, string> environment)
    {
        var line = new List<string>();
        if (Bubblewrap.Prlimit is { } prlimit && OperatingSystem.IsLinux())
        {
            line.AddRange([prlimit,
                Flag("--as", limits.AddressSpaceBytes), Flag("--cpu", limits.CpuSeconds),
                Flag("--nproc", ProcessCount.OfCurrentUser() + limits.ExtraProcesses), "--"]);
        }

        if (bwrap is not null)
        {
            line.AddRange([bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--uid", "65534", "--gid", "65534",
                "--tmpfs", "/tmp",
                "--ro-bind", "/usr/lib", "/usr/lib", "--symlink", "usr/lib", "/lib"]);
            if (Directory.Exists("/usr/lib64"))
            {
                line.AddRange(["--ro-bind", "/usr/lib64", "/usr/lib64", "--symlink", "usr/lib64", "/lib64"]);
            }

            line.AddRange(["--ro-bind", DotnetRuntime.Muxer, DotnetRuntime.Muxer,
                "--ro-bind", DotnetRuntime.HostFolder, DotnetRuntime.HostFolder,
                "--ro-bind", DotnetRuntime.FrameworkFolder, DotnetRuntime.FrameworkFolder]);
            foreach (var (flag, path) in _binds)
            {
                line.AddRange([flag, path, path]);
            }

            line.AddRange(["--proc", "/proc", "--dev", "/dev", "--chdir", "/tmp", "--clearenv"]);
            foreach (var (name, value) in environment)
            {
                line.AddRange(["--setenv", name, value]);
            }
        }

        line.Add(program);
        line.AddRange(arguments);
        return (line[0], line[1..]);
    }

    /// <summary>The environment every sandboxed .NET process gets: no diagnostics pipe, invariant culture, the heap cap.</summary>
    public static Dictionary<string, string> DotnetEnvironment(SandboxLimits limits) => new(StringComparer.Ordinal)
    {
        ["HOME"] = "/tmp",
        ["TMPDIR"] = "/tmp",
        ["DOTNET_ROOT"] = DotnetRuntime.Root,
        ["DOTNET_GCHeapHardLimit"] = "0x" + limits.HeapBytes.ToString("X", CultureInfo.InvariantCulture),
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_EnableDiagnostics"] = "0",
        ["DOTNET_DbgEnableMiniDump"] = "0",
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    private static string Flag(string name, long value) => $"{name}={value.ToString(CultureInfo.InvariantCulture)}";
}
