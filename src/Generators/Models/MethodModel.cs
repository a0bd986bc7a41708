using System.Linq;

namespace DecodingChoices.Generators.Models;

/// <summary>One interface method the checked class implements.</summary>
/// <param name="Name">The method's name.</param>
/// <param name="ReturnType">The fully qualified return type (<c>void</c> for none).</param>
/// <param name="ReturnsVoid">True when the method returns nothing.</param>
/// <param name="Parameters">The parameters in order.</param>
/// <param name="Result">The return value's contract, if it has a valid one.</param>
/// <param name="Checkable">False when the method's contract has an error: the method is then passed through unchecked.</param>
internal sealed record MethodModel(
    string Name,
    string ReturnType,
    bool ReturnsVoid,
    EquatableArray<ParameterModel> Parameters,
    ShapeModel? Result,
    bool Checkable)
{
    /// <summary>True when there is anything to check.</summary>
    public bool HasContract => Checkable && (Result is not null || Parameters.Any(parameter => parameter.Shape is not null));
}
