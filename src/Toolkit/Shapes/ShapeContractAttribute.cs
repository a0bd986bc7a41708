namespace DecodingChoices.Shapes;

/// <summary>
/// Opts an interface into shape checking: for an interface <c>IFoo</c> in this namespace the course's
/// source generator emits <c>CheckedFoo</c>, a class that implements <c>IFoo</c> by wrapping another
/// <c>IFoo</c>, checks the shape of every argument against its <see cref="ShapeAttribute"/> contract,
/// calls the wrapped implementation and checks the shape of what it returns.
/// </summary>
/// <remarks>
/// A mismatch raises <see cref="ShapeMismatchException"/> before the wrong code runs (for arguments) or
/// before a wrong result travels further (for the return value). Building with
/// <c>-p:EmitShapeChecks=false</c> makes <c>CheckedFoo</c> a plain pass-through.
/// </remarks>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class ShapeContractAttribute : Attribute;
