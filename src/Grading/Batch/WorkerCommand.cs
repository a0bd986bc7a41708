using System.Globalization;
using System.Reflection;
using DecodingChoices.Grading.Worker;

namespace DecodingChoices.Grading.Batch;

/// <summary>How the grader starts a worker process: a program and the arguments before the worker's own.</summary>
/// <param name="FileName">The program: the <c>course</c> app host, or <c>dotnet</c>.</param>
/// <param name="Prefix">The arguments that select the worker: <c>grade-one</c>, or <c>course.dll grade-one</c>.</param>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Prefix)
{
    /// <summary>The course runner's hidden command that runs <see cref="GradingWorker"/>.</summary>
    public const string CommandName = "grade-one";

    /// <summary>The program this process runs (the course runner): <c>course grade-one</c> or <c>dotnet course.dll grade-one</c>.</summary>
    public static WorkerCommand ForCurrentProgram()
    {
        var program = Environment.ProcessPath ?? throw new InvalidOperationException("This process does not know its own program path, so it cannot start grading workers.");
        var entry = Assembly.GetEntryAssembly()?.Location;
        return IsDotnetHost(program) && !string.IsNullOrEmpty(entry)
            ? new WorkerCommand(program, [entry, CommandName])
            : new WorkerCommand(program, [CommandName]);
    }

    /// <summary>The runner <paramref name="courseDll"/> started through the dotnet host: <c>dotnet course.dll grade-one</c>.</summary>
    public static WorkerCommand ForRunnerAssembly(string courseDll)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk && File.Exists(fromSdk)
            ? fromSdk
            : Environment.ProcessPath is { } self && IsDotnetHost(self) ? self : "dotnet";
        return new WorkerCommand(host, [courseDll, CommandName]);
    }

    /// <summary>The whole argument list that grades <paramref name="options"/>.</summary>
    public IReadOnlyList<string> ArgumentsFor(WorkerOptions options) =>
    [
        .. Prefix,
        "--assembly", options.AssemblyPath,
        "--journal", options.JournalPath,
        "--timeout", options.CheckTimeout.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
        "--hidden-seed", options.HiddenSeed.ToString(CultureInfo.InvariantCulture),
    ];

    private static bool IsDotnetHost(string program) =>
        string.Equals(Path.GetFileNameWithoutExtension(program), "dotnet", StringComparison.OrdinalIgnoreCase);
}
