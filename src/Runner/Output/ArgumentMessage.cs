namespace DecodingChoices.Runner.Output;

/// <summary>
/// An <see cref="ArgumentException"/>'s message as a person should read it: .NET appends
/// " (Parameter 'folds')" (and, for an out-of-range value, "Actual value was …"), which names the library's
/// internals rather than anything the student typed; this is the message without them.
/// </summary>
internal static class ArgumentMessage
{
    /// <summary>The message of <paramref name="exception"/> without the parameter suffix.</summary>
    public static string Of(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var actual = message.IndexOf(Environment.NewLine + "Actual value was", StringComparison.Ordinal);
        if (actual >= 0)
        {
            message = message[..actual];
        }

        if (exception.ParamName is { } name)
        {
            var suffix = $" (Parameter '{name}')";
            var at = message.LastIndexOf(suffix, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at] + message[(at + suffix.Length)..];
            }
        }

        return message.Trim();
    }
}
