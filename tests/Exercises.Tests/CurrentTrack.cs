using DecodingChoices.Course;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The course track under test, chosen at build time by the MSBuild property <c>Track</c>:
/// <c>Exercises</c> (the default, your code in src/Exercises) or <c>Solutions</c> (the reference track,
/// <c>dotnet test -p:Track=Solutions</c>).
/// </summary>
internal static class CurrentTrack
{
#if TRACK_SOLUTIONS
    public const string Name = "Solutions";

    public static ICourseExercises Create() => new DecodingChoices.Solutions.ReferenceExercises();
#else
    public const string Name = "Exercises";

    public static ICourseExercises Create() => new DecodingChoices.Exercises.StudentExercises();
#endif
}
