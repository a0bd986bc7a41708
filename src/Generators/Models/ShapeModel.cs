namespace DecodingChoices.Generators.Models;

/// <summary>The contract of one parameter or return value: its entries, outermost first, and the author's hint.</summary>
internal sealed record ShapeModel(EquatableArray<DimensionModel> Dimensions, string? Hint)
{
    public int Rank => Dimensions.Count;

    /// <summary>"trials × neurons".</summary>
    public override string ToString() => string.Join(" × ", Dimensions);
}
