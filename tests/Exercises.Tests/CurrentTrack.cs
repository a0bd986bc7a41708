using System.Reflection;
using DecodingChoices.Course;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The course track under test, chosen at build time by the MSBuild property <c>Track</c>: <c>Exercises</c>
/// (the default, your code in src/Exercises) or, in the instructor's repository, <c>Solutions</c> (the
/// reference track, <c>dotnet test -p:Track=Solutions</c>). The project references that track's assembly
/// only; this finds its one class that implements <see cref="ICourseExercises"/>.
/// </summary>
internal static class CurrentTrack
{
    /// <summary>The track's name, as the build chose it.</summary>
    public static string Name { get; } = typeof(CurrentTrack).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CourseTrack").Value!;

    private static readonly Type TrackType = FindTrackType();

    public static ICourseExercises Create() => (ICourseExercises)Activator.CreateInstance(TrackType)!;

    private static Type FindTrackType()
    {
        var assembly = Assembly.Load($"DecodingChoices.{Name}");
        return assembly.GetTypes().Single(t => t is { IsClass: true, IsAbstract: false } && typeof(ICourseExercises).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null);
    }
}
