namespace DecodingChoices.Generators.Models;

/// <summary>The kinds of shape entry, mirroring <c>DecodingChoices.Shapes.ShapeDimensionKind</c> in the toolkit.</summary>
internal enum DimensionKind
{
    Named,
    Fixed,
    Any,
}
