using System.Reflection;
using System.Runtime.Loader;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Compilation;

/// <summary>
/// The student's track compiled in memory and loaded into a collectible <see cref="AssemblyLoadContext"/>: a
/// long-running process (<c>course watch</c>) loads each saved version beside the last and, by disposing the
/// last, lets the runtime unload it. The toolkit is shared with the process (the context resolves nothing itself),
/// so the loaded class implements this process's <see cref="ICourseExercises"/>.
/// </summary>
internal sealed class CompiledTrack : IDisposable
{
    private AssemblyLoadContext? _context;

    private CompiledTrack(AssemblyLoadContext context, ICourseExercises track)
    {
        _context = context;
        Track = track;
    }

    /// <summary>A new instance of the compiled track's class.</summary>
    public ICourseExercises Track { get; }

    /// <summary>Loads <paramref name="image"/> and creates its <see cref="ICourseExercises"/> class.</summary>
    /// <exception cref="InvalidOperationException">The assembly has no public class implementing <see cref="ICourseExercises"/>.</exception>
    public static CompiledTrack Load(byte[] image, string name)
    {
        ArgumentNullException.ThrowIfNull(image);
        var context = new AssemblyLoadContext(name, isCollectible: true);
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            var assembly = context.LoadFromStream(stream);
            var type = assembly.GetExportedTypes().FirstOrDefault(t => t is { IsClass: true, IsAbstract: false } && typeof(ICourseExercises).IsAssignableFrom(t))
                ?? throw new InvalidOperationException($"{Exercise.ExercisesRoot} has no public class that implements ICourseExercises: StudentExercises.cs should declare it.");
            return new CompiledTrack(context, (ICourseExercises)Activator.CreateInstance(type)!);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Lets the runtime unload the assembly once nothing refers to <see cref="Track"/> any more.</summary>
    public void Dispose()
    {
        _context?.Unload();
        _context = null;
    }

    /// <summary>The assembly's types, for tests that want to see it was loaded from memory.</summary>
    internal Assembly Assembly => Track.GetType().Assembly;
}
