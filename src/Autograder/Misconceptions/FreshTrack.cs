using System.Reflection;
using System.Runtime.Loader;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// New copies of a student's track, so probing it starts from nothing: a cache or a counter kept by earlier
/// checks must not make the student's code look different from the same mistake run fresh.
/// </summary>
internal static class FreshTrack
{
    /// <summary>
    /// Makes fresh copies of <paramref name="track"/>: its own factory when it has one (a planted misconception);
    /// else, when its class has a parameterless constructor, a new instance of it loaded into a separate,
    /// collectible load context (new static fields too), or failing that in this one; else the track itself.
    /// </summary>
    public static Func<ICourseExercises> Factory(ICourseExercises track)
    {
        if (track is IFreshCopies copies)
        {
            return copies.Fresh;
        }

        var type = track.GetType();
        if (type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is null)
        {
            return () => track;
        }

        return () => InNewContext(type) ?? (ICourseExercises)Activator.CreateInstance(type, nonPublic: true)!;
    }

    private static ICourseExercises? InNewContext(Type type)
    {
        var location = type.Assembly.Location;
        if (string.IsNullOrEmpty(location) || type.Assembly == typeof(FreshTrack).Assembly || type.Assembly == typeof(ICourseExercises).Assembly)
        {
            return null;
        }

        try
        {
            // Every other assembly (the toolkit with ICourseExercises among them) resolves to the one already loaded.
            var context = new AssemblyLoadContext($"fresh {type.Name}", isCollectible: true);
            var assembly = context.LoadFromAssemblyPath(location);
            var fresh = assembly.GetType(type.FullName!, throwOnError: false);
            return fresh is null ? null : Activator.CreateInstance(fresh, nonPublic: true) as ICourseExercises;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or TypeLoadException or MissingMethodException or TargetInvocationException or FileLoadException)
        {
            return null;
        }
    }
}
