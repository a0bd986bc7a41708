namespace DecodingChoices.Analyzers.Tests;

/// <summary>Test sources: members of the student's class, in the exercise code's namespace, with the usings a student writes.</summary>
internal static class Student
{
    /// <summary><paramref name="members"/> inside <c>public sealed partial class StudentExercises</c>.</summary>
    public static string Code(string members) => $$"""
        using System.Numerics;
        using System.Numerics.Tensors;
        using DecodingChoices.Models;
        using DecodingChoices.Randomness;

        namespace DecodingChoices.Exercises;

        public sealed partial class StudentExercises
        {
        {{members}}
        }
        """;
}
