using System.Reflection;
using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// The course's own source files, embedded in the grader when it was built: the student track's stubs
/// and <c>StudentExercises.cs</c> (compiled in for whatever a submission leaves out) and the visible
/// checks (shown to students as Exercism's <c>test_code</c>).
/// </summary>
public static class ShippedSources
{
    /// <summary>The file that declares the student track's class.</summary>
    public const string StudentExercisesFile = "StudentExercises.cs";

    /// <summary>The file a student writes for <paramref name="exercise"/>, such as <c>LogisticLoss.cs</c>.</summary>
    public static string FileName(Exercise exercise) => $"{exercise.Method}.cs";

    /// <summary>Where <paramref name="exercise"/>'s file lives in the course repository.</summary>
    public static string RepositoryPath(Exercise exercise) => $"src/Exercises/{StudentCodeFailure.Folder(exercise)}/{FileName(exercise)}";

    /// <summary>The shipped stub of <paramref name="exercise"/>.</summary>
    public static string Stub(Exercise exercise) => Read($"Exercises/{FileName(exercise)}");

    /// <summary>The shipped <c>StudentExercises.cs</c>.</summary>
    public static string StudentExercises() => Read($"Exercises/{StudentExercisesFile}");

    /// <summary>The source of every visible checks class, by file name (<c>Exercise1A_TransformInputsChecks.cs</c>).</summary>
    public static IEnumerable<(string File, string Text)> VisibleChecks() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Autograder/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["Autograder/".Length..], Read(n)));

    private static Assembly Assembly => typeof(ShippedSources).Assembly;

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The grader was built without the embedded source '{name}': rebuild src/Grading from the course repository.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
