namespace DecodingChoices.Data;

/// <summary>
/// Data that cannot be used as it is: a missing or unreadable file, a wrong layout, a value that is
/// not a number, labels other than 0/1. The message names the file and, where there is one, the
/// line, column, key or dimension, so a person can go and fix it.
/// </summary>
public sealed class DatasetException : Exception
{
    public DatasetException(string source, string problem, Exception? inner = null)
        : base($"{source}: {problem}", inner)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>The file (or other origin) of the data.</summary>
    public new string Source { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
