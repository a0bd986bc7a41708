using System.Diagnostics;
using System.Globalization;
using DecodingChoices.Grading.Sandbox;

namespace DecodingChoices.Grading.Remote;

/// <summary>
/// Starts the worker on one compiled submission: <c>dotnet DecodingChoices.Grading.Worker.dll SUBMISSION.dll</c>,
/// inside bubblewrap with only the staged worker folder and the submission bound (when <paramref name="Bwrap"/> is
/// set), under <c>prlimit</c> caps either way.
/// </summary>
/// <param name="WorkerAssembly">The staged worker (<see cref="WorkerFiles.Stage"/>).</param>
/// <param name="SubmissionAssembly">The compiled submission.</param>
/// <param name="Bwrap">The bubblewrap program, or null to run without the sandbox.</param>
/// <param name="Limits">The caps.</param>
/// <param name="OutputCapacity">How many printed characters the worker keeps per call.</param>
internal sealed record WorkerLauncher(string WorkerAssembly, string SubmissionAssembly, string? Bwrap, SandboxLimits Limits, int OutputCapacity)
{
    /// <summary>The full command line, as <see cref="Start"/> runs it (for the instructor and the closing notes).</summary>
    public (string FileName, List<string> Arguments) CommandLine()
    {
        var sandbox = new SandboxCommand()
            .ReadOnly(Path.GetDirectoryName(WorkerAssembly)!)
            .ReadOnly(SubmissionAssembly);
        return sandbox.Build(DotnetRuntime.Muxer, [WorkerAssembly, SubmissionAssembly, OutputCapacity.ToString(CultureInfo.InvariantCulture)],
            Limits, Bwrap, SandboxCommand.DotnetEnvironment(Limits));
    }

    /// <summary>Starts the worker with its three standard streams redirected (stdin/stdout carry the frames).</summary>
    public Process Start()
    {
        var (fileName, arguments) = CommandLine();
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        arguments.ForEach(start.ArgumentList.Add);
        foreach (var (name, value) in SandboxCommand.DotnetEnvironment(Limits))
        {
            start.Environment[name] = value;
        }

        return ProcessStarter.Start(start);
    }
}
