namespace DecodingChoices.Generators.Models;

/// <summary>One parameter of a wrapped method.</summary>
/// <param name="Name">The name as declared (without <c>@</c>).</param>
/// <param name="Type">The fully qualified type, as it must be written in the implementing method.</param>
/// <param name="Shape">The parameter's contract, if it has a valid one.</param>
internal sealed record ParameterModel(string Name, string Type, ShapeModel? Shape);
