using System.Globalization;

namespace DecodingChoices.Generators.Models;

/// <summary>One parsed shape entry: <c>trials</c>, <c>neurons+1</c> (name and offset), <c>1</c> (size) or <c>*</c>.</summary>
/// <param name="Kind">Which kind of entry.</param>
/// <param name="Name">The name, for a named entry; empty otherwise.</param>
/// <param name="Value">The offset of a named entry, or the size of a fixed one.</param>
internal readonly record struct DimensionModel(DimensionKind Kind, string Name, int Value)
{
    public static DimensionModel Any { get; } = new(DimensionKind.Any, "", 0);

    public static DimensionModel Named(string name, int offset = 0) => new(DimensionKind.Named, name, offset);

    public static DimensionModel Fixed(int size) => new(DimensionKind.Fixed, "", size);

    /// <summary>A bare name: the only kind of entry that binds a size.</summary>
    public bool IsPlainName => Kind == DimensionKind.Named && Value == 0;

    /// <summary>The entry as spelled in a contract.</summary>
    public override string ToString() => Kind switch
    {
        DimensionKind.Fixed => Value.ToString(CultureInfo.InvariantCulture),
        DimensionKind.Any => "*",
        _ when Value > 0 => Name + "+" + Value.ToString(CultureInfo.InvariantCulture),
        _ when Value < 0 => Name + "-" + (-Value).ToString(CultureInfo.InvariantCulture),
        _ => Name,
    };
}
