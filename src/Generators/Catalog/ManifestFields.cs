using System.Collections.Generic;
using DecodingChoices.Generators.Catalog.Json;
using DecodingChoices.Generators.Catalog.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Generators.Catalog;

/// <summary>
/// Reads the typed fields of one manifest's JSON objects. A field that is missing (COURSE102) or of the wrong
/// type (COURSE103) is recorded as a problem and read as null, so that one pass reports every such field at once.
/// </summary>
internal sealed class ManifestFields(string path, SourceText text, List<ManifestProblem> problems)
{
    /// <summary>A string field, or null.</summary>
    public JsonString? String(JsonObject owner, string name, string? label = null) =>
        Typed<JsonString>(owner, name, label, "a string");

    /// <summary>A whole-number field that fits in an <see cref="int"/>, or null.</summary>
    public (int Value, TextSpan Span)? Int32(JsonObject owner, string name, string? label = null)
    {
        var value = Field(owner, name, label, "a whole number");
        if (value is JsonNumber number && number.TryGetInt32(out var result))
        {
            return (result, number.Span);
        }

        if (value is not null)
        {
            WrongType(label ?? name, value, "a whole number");
        }

        return null;
    }

    /// <summary>An object field, or null.</summary>
    public JsonObject? Object(JsonObject owner, string name, string? label = null) =>
        Typed<JsonObject>(owner, name, label, "an object");

    /// <summary>An array of strings, with its span, or null when it is missing or any item is not a string.</summary>
    public (EquatableArray<string> Values, JsonArray Array)? Strings(JsonObject owner, string name, string? label = null)
    {
        label ??= name;
        if (Typed<JsonArray>(owner, name, label, "an array of strings") is not { } array)
        {
            return null;
        }

        var values = new List<string>();
        for (var index = 0; index < array.Items.Count; index++)
        {
            if (array.Items[index] is JsonString item)
            {
                values.Add(item.Value);
            }
            else
            {
                WrongType($"{label}[{index}]", array.Items[index], "a string");
            }
        }

        return values.Count == array.Items.Count ? (new EquatableArray<string>(values), array) : null;
    }

    /// <summary>Records a problem of any rule at <paramref name="span"/>.</summary>
    public void Report(DiagnosticDescriptor rule, TextSpan span, params string[] arguments) =>
        problems.Add(new ManifestProblem(rule.Id, path, ManifestSpot.In(text, span), new EquatableArray<string>(arguments)));

    /// <summary>Records COURSE103 for a value that is not what the manifest needs there.</summary>
    public void WrongType(string label, JsonValue value, string expected) =>
        Report(DiagnosticDescriptors.WrongManifestFieldType, value.Span, $"Manifest field \"{label}\"", value.Describe(), expected);

    private T? Typed<T>(JsonObject owner, string name, string? label, string expected)
        where T : JsonValue
    {
        var value = Field(owner, name, label, expected);
        if (value is T typed)
        {
            return typed;
        }

        if (value is not null)
        {
            WrongType(label ?? name, value, expected);
        }

        return null;
    }

    /// <summary>The field's value, or null after recording COURSE102 at the object's opening brace.</summary>
    private JsonValue? Field(JsonObject owner, string name, string? label, string expected)
    {
        if (owner.Find(name) is { } property)
        {
            return property.Value;
        }

        Report(DiagnosticDescriptors.MissingManifestField, new TextSpan(owner.Span.Start, 1), label ?? name, expected);
        return null;
    }
}
