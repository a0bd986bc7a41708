using DecodingChoices.Course;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Where the commands get a track's code from. The program uses <see cref="Default"/> (src/Solutions and
/// src/Exercises); the runner's tests substitute other implementations (one that throws, one with a mistake).
/// </summary>
/// <param name="implementation">Creates a track's own code, unwrapped.</param>
public sealed class TrackProvider(Func<TrackName, ICourseExercises> implementation)
{
    /// <summary>The course's two tracks.</summary>
    public static TrackProvider Default { get; } = new(Track.Implementation);

    /// <summary>The track's own code (for the autograder's checks, which wrap it themselves).</summary>
    public ICourseExercises Implementation(TrackName name) => implementation(name);

    /// <summary>The track's code behind the generated shape checks (for the walkthrough).</summary>
    public ICourseExercises Checked(TrackName name) => new CheckedCourseExercises(implementation(name));
}
