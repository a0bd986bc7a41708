using System.Text;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// A console for student code that keeps only the first <c>capacity</c> characters written to it and
/// counts the rest, so a submission that prints endlessly costs a counter, not memory.
/// </summary>
/// <param name="capacity">How many characters to keep.</param>
public sealed class BoundedTextWriter(int capacity) : TextWriter
{
    private readonly StringBuilder _kept = new();
    private readonly Lock _lock = new();
    private long _length;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>What was kept and how much was written in all.</summary>
    public CapturedOutput Captured
    {
        get
        {
            lock (_lock)
            {
                return new CapturedOutput(_kept.ToString(), _length);
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            _length++;
            if (_kept.Length < capacity)
            {
                _kept.Append(value);
            }
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock)
        {
            _length += buffer.Length;
            var room = capacity - _kept.Length;
            if (room > 0)
            {
                _kept.Append(buffer[..Math.Min(room, buffer.Length)]);
            }
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }
}
