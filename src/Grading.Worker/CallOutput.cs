using System.Text;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// Captures what student code prints. <see cref="Install"/> routes <see cref="Console.Out"/> and
/// <see cref="Console.Error"/> here before the submission is loaded; each call then starts a fresh record
/// that keeps the first <c>capacity</c> characters and counts the rest, and the reply carries it back.
/// Output from threads the student's code started lands in whichever call is running.
/// </summary>
internal sealed class CallOutput : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _kept = new();
    private readonly int _capacity;
    private long _length;

    private CallOutput(int capacity) => _capacity = capacity;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Routes the console to a new capture of <paramref name="capacity"/> characters per call.</summary>
    public static CallOutput Install(int capacity)
    {
        var output = new CallOutput(capacity);
        Console.SetOut(output);
        Console.SetError(output);
        return output;
    }

    /// <summary>What was printed since the last call to <see cref="Take"/>, and how many characters in all; starts afresh.</summary>
    public (string Text, long Length) Take()
    {
        lock (_gate)
        {
            var taken = (_kept.ToString(), _length);
            _kept.Clear();
            _length = 0;
            return taken;
        }
    }

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            _length += buffer.Length;
            var room = _capacity - _kept.Length;
            if (room > 0)
            {
                _kept.Append(buffer[..Math.Min(room, buffer.Length)]);
            }
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value.AsSpan());
        Write(Environment.NewLine.AsSpan());
    }
}
