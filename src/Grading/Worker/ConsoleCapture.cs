using System.Text;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// Sends what student code writes to <see cref="Console.Out"/> and <see cref="Console.Error"/> to the
/// bounded writer of the check that is running. The writer flows with the check's execution context,
/// so output from a thread or task the student's code starts lands with the check that started it.
/// </summary>
public static class ConsoleCapture
{
    private static readonly AsyncLocal<BoundedTextWriter?> Current = new();
    private static int _installed;

    /// <summary>Routes the console to the current check's writer (once per process; output outside a check is dropped).</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            Console.SetOut(new RoutingWriter());
            Console.SetError(new RoutingWriter());
        }
    }

    /// <summary>From now on, in this execution context, console output goes to a new writer that keeps <paramref name="capacity"/> characters.</summary>
    public static BoundedTextWriter Begin(int capacity)
    {
        var writer = new BoundedTextWriter(capacity);
        Current.Value = writer;
        return writer;
    }

    private sealed class RoutingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Current.Value?.Write(value);

        public override void Write(string? value) => Current.Value?.Write(value);

        public override void Write(char[] buffer, int index, int count) => Current.Value?.Write(buffer, index, count);

        public override void Write(ReadOnlySpan<char> buffer) => Current.Value?.Write(buffer);

        public override void WriteLine(string? value) => Current.Value?.WriteLine(value);
    }
}
