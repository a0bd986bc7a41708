using System.Linq;
using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators.Catalog;

/// <summary>
/// The names of the methods of the exercise contract, <c>DecodingChoices.Course.ICourseExercises</c>, that a
/// manifest's <c>method</c> must be one of. Only the names leave this class: a symbol kept in the pipeline
/// would never compare equal across compilations and would pin the old compilation in memory.
/// </summary>
internal static class CourseContract
{
    /// <summary>The contract's metadata name (declared in the toolkit, the project this generator runs in).</summary>
    public const string MetadataName = "DecodingChoices.Course.ICourseExercises";

    /// <summary>The contract's ordinary methods in declaration order, or null when the compilation does not declare it.</summary>
    public static EquatableArray<string>? MethodNames(Compilation compilation) =>
        compilation.GetTypeByMetadataName(MetadataName) is { } contract
            ? new EquatableArray<string>(contract.GetMembers()
                .OfType<IMethodSymbol>()
                .Where(method => method.MethodKind == MethodKind.Ordinary)
                .Select(method => method.Name)
                .Distinct())
            : null;
}
