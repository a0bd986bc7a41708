using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DecodingChoices.Analyzers;

/// <summary>
/// Where the course analyzers may speak: exercise code only. Exercise code is every type declared in the
/// namespace <c>DecodingChoices.Exercises</c> itself (the student's partial class <c>StudentExercises</c>,
/// one file per exercise, and any helper type a student adds beside it), not the toolkit, the reference
/// track, the checks or the tests (whose namespaces are other, such as <c>DecodingChoices.Exercises.Tests</c>).
/// </summary>
/// <remarks>
/// The ban on APIs exercise code must not use (COURSE006) is not scoped: the analyzers run only where exercise code
/// is compiled (the student's project and the grader's compile of a submission), so every type there, whatever its
/// namespace, is held to it; otherwise a helper class in another namespace would slip past it.
/// The exercise methods are the members of <c>StudentExercises</c> that implement <c>ICourseExercises</c>
/// (<c>src/Toolkit/Course/ICourseExercises.cs</c>). When the compilation does not know that interface
/// (a submission compiled without the toolkit), the method names alone decide.
/// </remarks>
internal static class ExerciseCode
{
    /// <summary>The namespace of exercise code.</summary>
    public const string Namespace = "DecodingChoices.Exercises";

    /// <summary>The student's class, the one that implements the exercises.</summary>
    public const string StudentClass = "StudentExercises";

    /// <summary>The contract the exercise methods implement.</summary>
    public const string ContractMetadataName = "DecodingChoices.Course.ICourseExercises";

    /// <summary>Each exercise method's name and its label in the tutorial, in the tutorial's order.</summary>
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["TransformInputs"] = "1A",
        ["Sigmoid"] = "1B",
        ["ComputeH"] = "1C",
        ["LogisticLoss"] = "1D",
        ["EvaluateAccuracy"] = "1E",
        ["ShuffledAccuracies"] = "2A",
    };

    /// <summary>True when <paramref name="symbol"/> is, or is declared inside, a type of exercise code.</summary>
    public static bool Contains(ISymbol? symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type?.ContainingNamespace?.ToDisplayString() == Namespace;
    }

    /// <summary>
    /// The exercise method that <paramref name="symbol"/> is (or sits in, for a local function or a
    /// lambda), or null when it is not in an exercise method.
    /// </summary>
    public static IMethodSymbol? ExerciseMethodOf(ISymbol? symbol, Compilation compilation)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol method && IsExerciseMethod(method, compilation))
            {
                return method;
            }

            if (current is INamedTypeSymbol or INamespaceSymbol)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Exercise 1D (LogisticLoss)" for an exercise method, "Exercise code" for anything else in scope.</summary>
    public static string Describe(IMethodSymbol? exercise) =>
        exercise is not null && Labels.TryGetValue(exercise.Name, out var label)
            ? $"Exercise {label} ({exercise.Name})"
            : "Exercise code";

    /// <summary>The label "1A" … "2A" of an exercise method's name, or null.</summary>
    public static string? LabelOf(IMethodSymbol? exercise) =>
        exercise is not null && Labels.TryGetValue(exercise.Name, out var label) ? label : null;

    private static bool IsExerciseMethod(IMethodSymbol method, Compilation compilation)
    {
        if (method.MethodKind != MethodKind.Ordinary
            || !Labels.ContainsKey(method.Name)
            || method.ContainingType is not { Name: StudentClass } type
            || type.ContainingType is not null
            || type.ContainingNamespace?.ToDisplayString() != Namespace)
        {
            return false;
        }

        var contract = compilation.GetTypeByMetadataName(ContractMetadataName);
        if (contract is null)
        {
            return true;
        }

        return contract.GetMembers(method.Name).Any(member =>
            SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method));
    }
}
