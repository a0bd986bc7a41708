namespace DecodingChoices.Shapes;

/// <summary>
/// Declares the shape of an array parameter or return value, one entry per dimension, in the
/// way numpy prints shapes: <c>[Shape("trials", "neurons")]</c> on a matrix reads
/// "X has shape (trials, neurons)".
/// </summary>
/// <remarks>
/// Each entry is one of
/// <list type="bullet">
/// <item><description>a name such as <c>"trials"</c>: every argument that uses the same name must agree on its size;</description></item>
/// <item><description>a fixed size such as <c>"1"</c>;</description></item>
/// <item><description>the wildcard <c>"*"</c>: any size;</description></item>
/// <item><description>a name plus or minus a whole number, such as <c>"neurons+1"</c> (a weight vector with an intercept).</description></item>
/// </list>
/// The course's source generator reads these contracts on every interface marked
/// <see cref="ShapeContractAttribute"/> and emits the runtime shape checks (see docs/shape-contracts.md).
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = false)]
public sealed class ShapeAttribute : Attribute
{
    /// <summary>Declares a shape, one entry per dimension.</summary>
    /// <param name="dimensions">The dimensions, outermost first (rows before columns).</param>
    public ShapeAttribute(params string[] dimensions) => Dimensions = dimensions;

    /// <summary>The declared dimensions, outermost first.</summary>
    public IReadOnlyList<string> Dimensions { get; }

    /// <summary>
    /// Optional advice shown after a mismatch on this argument, in the domain's words, such as
    /// <c>"theta needs one weight per neuron (column of X)."</c>. The checked layer prints it as
    /// <c>Hint: …</c> unless it has spotted a more specific cause (a transposed matrix, a single value
    /// where a vector was expected).
    /// </summary>
    public string? Hint { get; set; }
}
