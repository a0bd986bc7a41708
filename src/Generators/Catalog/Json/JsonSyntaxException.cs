using System;

namespace DecodingChoices.Generators.Catalog.Json;

/// <summary>
/// Thrown by <see cref="JsonParser"/> at the first character that breaks the JSON grammar. It carries the
/// position rather than a line and column: the caller turns the position into both with the file's line map.
/// </summary>
internal sealed class JsonSyntaxException(string reason, int position) : Exception(reason)
{
    /// <summary>What is wrong, completing "not valid JSON: …", such as "expected ',' or '}' after a property".</summary>
    public string Reason { get; } = reason;

    /// <summary>The offset of the offending character in the text (the text's length when it ended too soon).</summary>
    public int Position { get; } = position;
}
