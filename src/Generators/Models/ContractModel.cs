namespace DecodingChoices.Generators.Models;

/// <summary>
/// Everything the generator needs to write the checked class for one <c>[ShapeContract]</c> interface:
/// strings, numbers and equatable arrays only (no symbols, syntax or compilation), so the pipeline can cache it.
/// </summary>
/// <param name="Namespace">The interface's namespace, or null for the global namespace.</param>
/// <param name="InterfaceName">The interface's name, such as <c>ICourseExercises</c>.</param>
/// <param name="FullyQualifiedInterface">Such as <c>global::DecodingChoices.Course.ICourseExercises</c>.</param>
/// <param name="CheckedClassName">Such as <c>CheckedCourseExercises</c>.</param>
/// <param name="IsPublic">True when the interface is public (the checked class then is too).</param>
/// <param name="Methods">The methods to implement, in declaration order.</param>
internal sealed record ContractModel(
    string? Namespace,
    string InterfaceName,
    string FullyQualifiedInterface,
    string CheckedClassName,
    bool IsPublic,
    EquatableArray<MethodModel> Methods);
