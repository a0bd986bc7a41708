namespace DecodingChoices.Shapes;

/// <summary>The shape contract of one parameter or of a return value, as the source generator read it.</summary>
internal sealed class ArgumentShape
{
    /// <summary>Describes one argument's contract.</summary>
    /// <param name="name">The parameter's name (for a return value, any label: messages do not print it).</param>
    /// <param name="dimensions">The contract, outermost dimension first.</param>
    /// <param name="hint">The contract author's advice for a mismatch on this argument, if any.</param>
    public ArgumentShape(string name, IReadOnlyList<ShapeDimension> dimensions, string? hint = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(dimensions);
        Name = name;
        Dimensions = dimensions;
        Hint = hint;
    }

    /// <summary>The parameter's name.</summary>
    public string Name { get; }

    /// <summary>The contract, outermost dimension first; its count is the array's rank.</summary>
    public IReadOnlyList<ShapeDimension> Dimensions { get; }

    /// <summary>The contract author's advice for a mismatch on this argument, if any.</summary>
    public string? Hint { get; }

    /// <summary>The contract spelled the way messages print shapes: <c>trials × neurons</c>.</summary>
    public override string ToString() => string.Join(" × ", Dimensions);
}
