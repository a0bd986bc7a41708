namespace DecodingChoices.Runner.Report;

/// <summary>
/// Whose report it is. The name comes from the first of: <c>--name</c>; the name kept from an earlier run
/// (<see cref="StudentNameStore"/>); <c>git config user.name</c>; asking once, only on an interactive terminal.
/// A report made with output redirected (a script, CI) never waits for an answer: it says
/// <see cref="NotGiven"/> instead. Each source is a function, so the order is tested without a terminal or git.
/// </summary>
internal static class StudentName
{
    /// <summary>What the report shows when there is no name.</summary>
    public const string NotGiven = "(not given; use --name)";

    /// <summary>The name, or null when no source gave one.</summary>
    /// <param name="option">The <c>--name</c> option.</param>
    /// <param name="kept">Reads the name kept from an earlier run.</param>
    /// <param name="git">Reads <c>git config user.name</c>.</param>
    /// <param name="ask">Asks the student, or null when there is no one to ask (output redirected).</param>
    public static string? Resolve(string? option, Func<string?> kept, Func<string?> git, Func<string?>? ask)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(git);
        return Clean(option) ?? Clean(kept()) ?? Clean(git()) ?? (ask is null ? null : Clean(ask()));
    }

    /// <summary>The name trimmed, on one line, or null when it is empty.</summary>
    public static string? Clean(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var oneLine = string.Join(' ', name.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length == 0 ? null : oneLine;
    }
}
