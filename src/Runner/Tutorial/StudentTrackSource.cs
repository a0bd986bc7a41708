using DecodingChoices.Autograder.Compilation;
using DecodingChoices.Course;
using DecodingChoices.Exercises;
using DecodingChoices.Runner.Output;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// The student's code as it is on disk now. When the runner's built copy of src/Exercises is as new as every file in
/// it, that copy is used; when a file was saved since (run as <c>dotnet course.dll check</c>, or from an editor's
/// task, without a build), the files are compiled in memory instead (<see cref="StudentTrackCompiler"/>), so a
/// command never checks stale code and never waits for <c>dotnet build</c>.
/// </summary>
internal static class StudentTrackSource
{
    /// <summary>The student's track, built or compiled now.</summary>
    /// <exception cref="RunnerException">The files changed since the build and do not compile (exit code 4).</exception>
    public static ICourseExercises Current()
    {
        var root = RepositoryRoot();
        if (root is null || !IsStale(root))
        {
            return new StudentExercises();
        }

        var (track, errors) = StudentTrackCompiler.Compile(root);
        return track?.Track ?? throw new RunnerException(
            $"your code does not compile: {errors[0]}{(errors.Count > 1 ? $" (and {errors.Count - 1} more errors)" : "")}. Fix it and run the command again.",
            ExitCodes.ExerciseFailed);
    }

    /// <summary>Whether a file in src/Exercises is newer than the built assembly this process loaded.</summary>
    public static bool IsStale(string root)
    {
        var built = File.GetLastWriteTimeUtc(typeof(StudentExercises).Assembly.Location);
        return ExerciseFolder.LastWrite(root) > built;
    }

    private static string? RepositoryRoot()
    {
        try
        {
            var root = CourseRepository.Root();
            return Directory.Exists(Path.Combine(root, Exercise.ExercisesRoot)) ? root : null;
        }
        catch (RunnerException)
        {
            return null;
        }
    }
}
