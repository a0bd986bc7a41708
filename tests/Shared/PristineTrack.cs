using DecodingChoices.Autograder.Compilation;
using DecodingChoices.Course;

namespace DecodingChoices.TestSupport;

/// <summary>
/// The student track exactly as it ships: every exercise's stub and <c>StudentExercises.cs</c>, rendered from the
/// manifests by <see cref="StubWriter"/> and compiled in memory by <see cref="ExerciseCompiler"/> (the compiler
/// <c>watch</c>, <c>check</c> and the grader use).
/// <para>
/// Tests that expect the stubs (every check fails as "not implemented", the walkthrough stops at 1A) use this
/// track, never the working copy's <c>src/Exercises</c>: a maintainer who solves the exercises there, as the
/// course's own CI does (<c>.ci/solved-suite</c>), must still see the suite pass. Tests that need correct student
/// code use the plain-loop track (<c>NaiveLoopExercises</c>) or the <c>correct</c> grading fixture instead.
/// </para>
/// </summary>
internal static class PristineTrack
{
    /// <summary>The in-memory assembly's name.</summary>
    public const string AssemblyName = "DecodingChoices.Exercises.Pristine";

    /// <summary>Compiled once per test process: the stubs keep no state, so every test can share the loaded class.</summary>
    private static readonly Lazy<CompiledTrack> Compiled = new(Compile);

    /// <summary>The pristine files, each at the path it has in the course repository (<c>src/Exercises/1B-Sigmoid/Sigmoid.cs</c>).</summary>
    public static IReadOnlyList<ExerciseSource> Sources() =>
        [.. StubWriter.RenderAll().Select(file => new ExerciseSource(file.Text, file.Path))];

    /// <summary>A new instance of the pristine stubs' <c>StudentExercises</c>.</summary>
    public static ICourseExercises Create() => (ICourseExercises)Activator.CreateInstance(Compiled.Value.Track.GetType())!;

    /// <summary>
    /// Overwrites the student's files under <paramref name="repositoryRoot"/> with the pristine ones, so a copy of
    /// the repository starts from the stubs whatever the working copy held.
    /// </summary>
    public static void WriteTo(string repositoryRoot)
    {
        foreach (var source in Sources())
        {
            var path = Path.Combine(repositoryRoot, source.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, source.Text);
        }
    }

    private static CompiledTrack Compile()
    {
        var image = ExerciseCompiler.Compile(AssemblyName, Sources());
        return image.Image is { } bytes
            ? CompiledTrack.Load(bytes, AssemblyName)
            : throw new InvalidOperationException("The pristine stubs do not compile:\n" + string.Join("\n", image.Errors.Select(StudentTrackCompiler.Describe)));
    }
}
