using System.Reflection;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// The course's own source files as the grader needs them: the pristine stubs and <c>StudentExercises.cs</c>
/// (rendered from the exercises' manifests, never read from an instructor's working copy, and compiled in for
/// whatever a submission leaves out) and the visible checks (embedded when the grader was built, shown to
/// students as Exercism's <c>test_code</c>).
/// </summary>
public static class ShippedSources
{
    /// <summary>The file that declares the student track's class.</summary>
    public const string StudentExercisesFile = StubWriter.TrackClassFile;

    /// <summary>The file a student writes for <paramref name="exercise"/>, such as <c>LogisticLoss.cs</c>.</summary>
    public static string FileName(Exercise exercise) => exercise.MainFile;

    /// <summary>Where <paramref name="exercise"/>'s file lives in the course repository.</summary>
    public static string RepositoryPath(Exercise exercise) => $"{exercise.RepositoryFolder}/{exercise.MainFile}";

    /// <summary>The pristine stub of <paramref name="exercise"/>.</summary>
    public static string Stub(Exercise exercise) => StubWriter.Render(exercise);

    /// <summary>The pristine <c>StudentExercises.cs</c>.</summary>
    public static string StudentExercises() => StubWriter.RenderTrackClass();

    /// <summary>The source of every visible checks class, by file name (<c>Exercise1A_TransformInputsChecks.cs</c>).</summary>
    public static IEnumerable<(string File, string Text)> VisibleChecks() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Checks/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["Checks/".Length..], Read(n)));

    private static Assembly Assembly => typeof(ShippedSources).Assembly;

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The grader was built without the embedded source '{name}': rebuild src/Grading from the course repository.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
