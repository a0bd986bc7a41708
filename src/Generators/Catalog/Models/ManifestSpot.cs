using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Generators.Catalog.Models;

/// <summary>
/// A place in a manifest: the span of text and its lines and columns. Two structs that compare by value,
/// kept instead of a <see cref="Location"/> (which the pipeline must not cache); <see cref="ToLocation"/>
/// builds the location only when a diagnostic is reported.
/// </summary>
/// <param name="Span">The characters, from the start of the file.</param>
/// <param name="Lines">The same characters as zero-based lines and columns.</param>
internal readonly record struct ManifestSpot(TextSpan Span, LinePositionSpan Lines)
{
    /// <summary>The spot of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static ManifestSpot In(SourceText text, TextSpan span) => new(span, text.Lines.GetLinePositionSpan(span));

    /// <summary>A location in the manifest at <paramref name="path"/>, as a diagnostic needs it.</summary>
    public Location ToLocation(string path) => Location.Create(path, Span, Lines);
}
