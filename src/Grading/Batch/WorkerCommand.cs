using System.Globalization;
using System.Reflection;

namespace DecodingChoices.Grading.Batch;

/// <summary>
/// How the grader starts the instructor tool for its compile step (<c>course-instructor compile-one</c>): a
/// program and the arguments before the command. (Student code runs in another program, the grading worker:
/// see <see cref="Remote.WorkerFiles"/>.)
/// </summary>
/// <param name="FileName">The program: the <c>course-instructor</c> app host, or <c>dotnet</c>.</param>
/// <param name="Prefix">The arguments before the command: none, or <c>course-instructor.dll</c>.</param>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Prefix)
{
    /// <summary>The instructor tool's hidden command that compiles one submission (in the sandbox).</summary>
    public const string CompileCommandName = "compile-one";

    /// <summary>The program this process runs (the course runner): <c>course-instructor</c> or <c>dotnet course-instructor.dll</c>.</summary>
    public static WorkerCommand ForCurrentProgram()
    {
        var program = Environment.ProcessPath ?? throw new InvalidOperationException("This process does not know its own program path, so it cannot start grading workers.");
        var entry = Assembly.GetEntryAssembly()?.Location;
        return IsDotnetHost(program) && !string.IsNullOrEmpty(entry)
            ? new WorkerCommand(program, [entry])
            : new WorkerCommand(program, []);
    }

    /// <summary>The runner <paramref name="courseDll"/> started through the dotnet host: <c>dotnet course-instructor.dll</c>.</summary>
    public static WorkerCommand ForRunnerAssembly(string courseDll)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk && File.Exists(fromSdk)
            ? fromSdk
            : Environment.ProcessPath is { } self && IsDotnetHost(self) ? self : "dotnet";
        return new WorkerCommand(host, [courseDll]);
    }

    private static bool IsDotnetHost(string program) =>
        string.Equals(Path.GetFileNameWithoutExtension(program), "dotnet", StringComparison.OrdinalIgnoreCase);
}
