namespace DecodingChoices.Data;

/// <summary>Text that is not valid CSV, at <see cref="Line"/> and field <see cref="Column"/> (both 1-based).</summary>
internal sealed class CsvFormatException(long line, int column, string problem) : Exception($"line {line}, column {column}: {problem}")
{
    /// <summary>The line where the problem starts (for an unclosed quote, the line where it opens).</summary>
    public long Line { get; } = line;

    /// <summary>The field's position in its record, 1-based.</summary>
    public int Column { get; } = column;

    /// <summary>What is wrong.</summary>
    public string Problem { get; } = problem;
}
