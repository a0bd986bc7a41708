using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Runner.Commands;

/// <summary>
/// The base of the runner's commands: a problem a person can fix (bad data, a bad option, exercise code
/// that fails) ends the command with a one-line message on standard error, or a JSON error with
/// <c>--json</c>, and its exit code; never a stack trace.
/// </summary>
internal abstract class CourseCommand<TSettings>(RunnerOutput output) : Command<TSettings>
    where TSettings : CommandSettings
{
    protected RunnerOutput Output { get; } = output;

    protected IAnsiConsole Console => Output.Console;

    /// <summary>The command's name, for the JSON error.</summary>
    protected abstract string Name { get; }

    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return Run(settings, cancellationToken);
        }
        catch (Exception e) when (CommandFailure.From(e) is not null)
        {
            var failure = CommandFailure.From(e)!;
            if (settings is JsonSettings { Json: true })
            {
                JsonOutput.Write(Output.Json, new ErrorJson(Name, CommandFailure.OneLine(failure.Message), failure.ExitCode));
            }

            Output.Errors.WriteLine($"error: {CommandFailure.OneLine(failure.Message)}");
            return failure.ExitCode;
        }
    }

    /// <summary>Runs the command; returns its exit code or throws an exception <see cref="CommandFailure"/> can explain.</summary>
    protected abstract int Run(TSettings settings, CancellationToken cancellationToken);

    /// <summary><paramref name="path"/> relative to the current folder when it is inside it, for shorter messages.</summary>
    protected static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
