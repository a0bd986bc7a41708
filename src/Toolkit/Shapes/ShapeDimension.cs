using System.Globalization;

namespace DecodingChoices.Shapes;

/// <summary>
/// One parsed entry of a shape contract: <c>"trials"</c>, <c>"neurons+1"</c>, <c>"1"</c> or <c>"*"</c>.
/// The source generator writes these out for the checked layer, which uses them to explain a mismatch.
/// </summary>
internal readonly record struct ShapeDimension
{
    private ShapeDimension(ShapeDimensionKind kind, string? name, int offset, int size)
    {
        Kind = kind;
        Name = name;
        Offset = offset;
        Size = size;
    }

    /// <summary>Which kind of entry this is.</summary>
    public ShapeDimensionKind Kind { get; }

    /// <summary>The dimension's name, for a <see cref="ShapeDimensionKind.Named"/> entry; otherwise <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The whole number added to the named size: 1 in <c>neurons+1</c>, −1 in <c>neurons-1</c>, 0 in <c>neurons</c>.</summary>
    public int Offset { get; }

    /// <summary>The required size, for a <see cref="ShapeDimensionKind.Fixed"/> entry.</summary>
    public int Size { get; }

    /// <summary>True for a bare name (no arithmetic): the only kind of entry that can bind a dimension's size.</summary>
    public bool IsPlainName => Kind == ShapeDimensionKind.Named && Offset == 0;

    /// <summary>The wildcard <c>*</c>.</summary>
    public static ShapeDimension Any { get; } = new(ShapeDimensionKind.Any, null, 0, 0);

    /// <summary>A named size, optionally shifted by <paramref name="offset"/> (<c>neurons+1</c> is <c>Named("neurons", 1)</c>).</summary>
    public static ShapeDimension Named(string name, int offset = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(ShapeDimensionKind.Named, name, offset, 0);
    }

    /// <summary>A fixed size such as 1.</summary>
    public static ShapeDimension Fixed(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return new(ShapeDimensionKind.Fixed, null, 0, size);
    }

    /// <summary>The entry as it is spelled in the contract: <c>trials</c>, <c>neurons+1</c>, <c>1</c>, <c>*</c>.</summary>
    public override string ToString() => Kind switch
    {
        ShapeDimensionKind.Fixed => Size.ToString(CultureInfo.InvariantCulture),
        ShapeDimensionKind.Any => "*",
        _ when Offset > 0 => $"{Name}+{Offset.ToString(CultureInfo.InvariantCulture)}",
        _ when Offset < 0 => $"{Name}-{(-Offset).ToString(CultureInfo.InvariantCulture)}",
        _ => Name!,
    };
}
