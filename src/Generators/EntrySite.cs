using DecodingChoices.Generators.Models;
using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators;

/// <summary>Where one parsed entry was written, for the checks that look across a whole method.</summary>
/// <param name="Dimension">The parsed entry.</param>
/// <param name="Owner">The parameter or method it belongs to.</param>
/// <param name="Attribute">The <c>[Shape]</c> attribute that holds it.</param>
/// <param name="Index">Its position in the attribute.</param>
/// <param name="IsResult">True for an entry of the return value's contract.</param>
/// <param name="Where">"on parameter 'theta' of 'TransformInputs'", for messages.</param>
internal sealed record EntrySite(DimensionModel Dimension, ISymbol Owner, AttributeData Attribute, int Index, bool IsResult, string Where);
