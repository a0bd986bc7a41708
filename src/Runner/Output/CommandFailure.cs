using DecodingChoices.Data;
using DecodingChoices.Runner.Tutorial;

namespace DecodingChoices.Runner.Output;

/// <summary>How an exception that ends a command is told: one line and an exit code, never a stack trace.</summary>
/// <param name="Message">The one-line message.</param>
/// <param name="ExitCode">The exit code.</param>
internal sealed record CommandFailure(string Message, int ExitCode)
{
    /// <summary>The failure for <paramref name="exception"/>, or null when it is not one the runner knows how to explain.</summary>
    public static CommandFailure? From(Exception exception) => exception switch
    {
        RunnerException e => new(e.Message, e.ExitCode),
        DatasetException e => new(e.Message, ExitCodes.BadInput),
        ExerciseFailure e => new(e.Message, e.NotImplemented ? ExitCodes.ExerciseNotDone : ExitCodes.ExerciseFailed),
        OperationCanceledException => new("cancelled.", ExitCodes.Cancelled),
        UnauthorizedAccessException or IOException => new($"{exception.Message} Check the path and its permissions.", ExitCodes.BadInput),
        _ => null,
    };

    /// <summary>The one-line message for any exception: a known failure, or the exception's type and message.</summary>
    public static CommandFailure Describe(Exception exception) =>
        From(exception) ?? new($"unexpected {exception.GetType().Name}: {OneLine(exception.Message)}", ExitCodes.Unexpected);

    /// <summary>Joins a multi-line message into one line.</summary>
    public static string OneLine(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
