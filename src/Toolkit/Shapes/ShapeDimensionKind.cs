namespace DecodingChoices.Shapes;

/// <summary>The three kinds of entry a shape contract may hold for one dimension.</summary>
internal enum ShapeDimensionKind
{
    /// <summary>A named size such as <c>trials</c>, possibly plus or minus a whole number (<c>neurons+1</c>).</summary>
    Named,

    /// <summary>A fixed size such as <c>1</c>.</summary>
    Fixed,

    /// <summary>The wildcard <c>*</c>: any size.</summary>
    Any,
}
