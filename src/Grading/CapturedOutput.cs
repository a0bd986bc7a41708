namespace DecodingChoices.Grading;

/// <summary>What student code printed during one check: the beginning of it, and how much there was in all.</summary>
/// <param name="Text">The first characters printed (at most the worker's cap).</param>
/// <param name="Length">How many characters were printed in all.</param>
public sealed record CapturedOutput(string Text, long Length)
{
    public static CapturedOutput None { get; } = new("", 0);

    /// <summary>True when more was printed than <see cref="Text"/> holds.</summary>
    public bool IsTruncated => Length > Text.Length;

    /// <summary>
    /// At most <paramref name="limit"/> characters of the output, ending with a notice when it was cut
    /// (Exercism allows 500 per test).
    /// </summary>
    public string Shorten(int limit)
    {
        if (Length <= limit && !IsTruncated)
        {
            return Text;
        }

        var notice = $"\n[output truncated: your code printed {Length:N0} characters; only the first ones are shown]";
        var keep = Math.Max(0, Math.Min(Text.Length, limit - notice.Length));
        return Text[..keep] + notice;
    }
}
