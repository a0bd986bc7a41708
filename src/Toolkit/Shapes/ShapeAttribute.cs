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
/// The course's source generator reads these contracts and emits the runtime shape checks.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = false)]
public sealed class ShapeAttribute : Attribute
{
    /// <summary>Declares a shape, one entry per dimension.</summary>
    /// <param name="dimensions">The dimensions, outermost first (rows before columns).</param>
    public ShapeAttribute(params string[] dimensions) => Dimensions = dimensions;

    /// <summary>The declared dimensions, outermost first.</summary>
    public IReadOnlyList<string> Dimensions { get; }
}
