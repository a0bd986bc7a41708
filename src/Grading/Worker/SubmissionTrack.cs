using System.Reflection;
using System.Runtime.Loader;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Worker;

/// <summary>Loads a compiled submission and finds its course track, the class that implements <see cref="ICourseExercises"/>.</summary>
public static class SubmissionTrack
{
    /// <summary>The full name of the student track's class.</summary>
    public const string StudentExercisesType = "DecodingChoices.Exercises.StudentExercises";

    /// <summary>Loads <paramref name="assemblyPath"/> in a context of its own and returns its <c>StudentExercises</c> type.</summary>
    /// <exception cref="InvalidOperationException">The assembly has no usable track: the message says what is missing.</exception>
    public static Type Load(string assemblyPath)
    {
        var context = new AssemblyLoadContext($"submission {Path.GetFileName(assemblyPath)}");
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        return Find(assembly);
    }

    /// <summary>The <c>StudentExercises</c> type of <paramref name="assembly"/>.</summary>
    public static Type Find(Assembly assembly)
    {
        var type = assembly.GetType(StudentExercisesType)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no class {StudentExercisesType}: the exercise files must keep 'namespace DecodingChoices.Exercises;' and 'public sealed partial class StudentExercises'.");
        if (!typeof(ICourseExercises).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"{StudentExercisesType} must implement ICourseExercises and keep its parameterless constructor.");
        }

        return type;
    }
}
