using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Generators.Catalog.Json;

/// <summary>
/// A value of a parsed JSON document, with the span of text it came from so that a diagnostic can point at
/// it. The tree lives only while one manifest is read; the pipeline keeps the model built from it, never the tree.
/// </summary>
/// <param name="Span">Where the value's text is, from its first character to its last.</param>
internal abstract record JsonValue(TextSpan Span)
{
    /// <summary>How a message names this kind of value: "a string", "an array", "the number 10.5" …</summary>
    public abstract string Describe();
}

/// <summary>A JSON object: its properties in the order they were written (no key twice).</summary>
internal sealed record JsonObject(TextSpan Span, IReadOnlyList<JsonProperty> Properties) : JsonValue(Span)
{
    /// <summary>The property with this exact key, or null.</summary>
    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    public override string Describe() => "an object";
}

/// <summary>One <c>"key": value</c> pair of an object.</summary>
/// <param name="Name">The key, unescaped.</param>
/// <param name="NameSpan">The key's text, quotes included.</param>
/// <param name="Value">The value.</param>
internal sealed record JsonProperty(string Name, TextSpan NameSpan, JsonValue Value);

/// <summary>A JSON array.</summary>
internal sealed record JsonArray(TextSpan Span, IReadOnlyList<JsonValue> Items) : JsonValue(Span)
{
    public override string Describe() => "an array";
}

/// <summary>A JSON string, with its escapes already decoded.</summary>
internal sealed record JsonString(TextSpan Span, string Value) : JsonValue(Span)
{
    public override string Describe() => "a string";
}

/// <summary>A JSON number, kept as written: the reader decides whether it is the whole number it needs.</summary>
internal sealed record JsonNumber(TextSpan Span, string Text) : JsonValue(Span)
{
    /// <summary>The number as an <see cref="int"/>, when it is written as a whole number that fits in one.</summary>
    public bool TryGetInt32(out int value) =>
        int.TryParse(Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);

    public override string Describe() => TryGetInt32(out _) ? "a whole number" : $"the number {Text}";
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed record JsonLiteral(TextSpan Span, string Text) : JsonValue(Span)
{
    public override string Describe() => Text;
}
