namespace DecodingChoices.Shapes;

/// <summary>
/// One disagreement between a shape contract and the arrays of one call: the facts a program needs
/// (which dimension, which argument, which sizes) and the sentence a person reads.
/// </summary>
public sealed class ShapeConflict
{
    /// <summary>The value of <see cref="Argument"/> for a conflict in what the method returned.</summary>
    public const string ReturnValue = "return value";

    /// <summary>The parameter whose array does not fit, or <see cref="ReturnValue"/>.</summary>
    public required string Argument { get; init; }

    /// <summary>Which dimension of that array (0 = rows or the vector's length, 1 = columns).</summary>
    public required int Axis { get; init; }

    /// <summary>The contract's entry for that dimension as spelled: <c>neurons</c>, <c>neurons+1</c>, <c>1</c>.</summary>
    public required string Dimension { get; init; }

    /// <summary>The size the contract asks for in this call.</summary>
    public required int Expected { get; init; }

    /// <summary>The size the array has.</summary>
    public required int Actual { get; init; }

    /// <summary>The full shape of the array that does not fit.</summary>
    public required IReadOnlyList<int> ArgumentShape { get; init; }

    /// <summary>The argument that fixed the expected size, or <see langword="null"/> for a fixed size such as 1.</summary>
    public string? BoundBy { get; init; }

    /// <summary>The full shape of <see cref="BoundBy"/>, or <see langword="null"/> for a fixed size.</summary>
    public IReadOnlyList<int>? BoundByShape { get; init; }

    /// <summary>True when the conflict is in the returned array rather than in an argument.</summary>
    public bool IsResult => Argument == ReturnValue;

    /// <summary>The likely cause or the contract's hint, if one applies (already part of <see cref="Description"/>).</summary>
    public string? Hint { get; init; }

    /// <summary>The sentence a person reads, hint included, without the method's name.</summary>
    public required string Description { get; init; }

    public override string ToString() => Description;
}
