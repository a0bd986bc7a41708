using System.Text;

namespace DecodingChoices.Autograder;

/// <summary>
/// What student code printed while a check ran. The tutorial is a notebook, where <c>print(z.shape)</c> is how one
/// looks inside a computation; in C# a student writes <c>Console.WriteLine</c>, and a failing check shows what it
/// printed beside the failure (see <see cref="ExerciseCheckException"/>). Checks run one at a time, so one capture
/// at a time is enough.
/// </summary>
public static class StudentOutput
{
    /// <summary>At most this many characters of printed text are kept (a print in a loop of a million iterations is not).</summary>
    public const int Limit = 4000;

    private static CaptureScope? _current;

    /// <summary>Sends <see cref="Console.Out"/> to a buffer until the result is disposed (then restores it).</summary>
    public static IDisposable Capture()
    {
        var scope = new CaptureScope(Console.Out, _current);
        Console.SetOut(scope.Writer);
        _current = scope;
        return scope;
    }

    /// <summary>What was printed since the innermost <see cref="Capture"/> began (at most <see cref="Limit"/> characters), or "".</summary>
    public static string Printed()
    {
        var text = _current?.Writer.ToString() ?? "";
        return text.Length <= Limit ? text : string.Concat(text.AsSpan(0, Limit), "\n… (more was printed)");
    }

    /// <summary>"\n  Your code printed:\n    …" for a failure message, or "" when nothing was printed.</summary>
    public static string ForMessage()
    {
        var printed = Printed().TrimEnd();
        if (printed.Length == 0)
        {
            return "";
        }

        var text = new StringBuilder().AppendLine().Append("  Your code printed:");
        foreach (var line in printed.Split('\n'))
        {
            text.AppendLine().Append("    ").Append(line.TrimEnd('\r'));
        }

        return text.ToString();
    }

    private sealed class CaptureScope(TextWriter previous, CaptureScope? outer) : IDisposable
    {
        public StringWriter Writer { get; } = new();

        public void Dispose()
        {
            Console.SetOut(previous);
            _current = outer;
        }
    }
}
