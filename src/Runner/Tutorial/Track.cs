using DecodingChoices.Course;
using DecodingChoices.Exercises;
using DecodingChoices.Solutions;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>The two course tracks the runner can run, always behind the shape-checked layer.</summary>
public enum TrackName
{
    /// <summary>The reference track, src/Solutions.</summary>
    Solutions,

    /// <summary>The student track, src/Exercises.</summary>
    Exercises,
}

/// <summary>Creates the implementation of a track.</summary>
public static class Track
{
    /// <summary>The track's implementation, wrapped in the generated shape checks.</summary>
    public static ICourseExercises Create(TrackName name) => new CheckedCourseExercises(Implementation(name));

    /// <summary>The track's own code, unwrapped (the autograder's checks wrap it themselves).</summary>
    public static ICourseExercises Implementation(TrackName name) => name switch
    {
        TrackName.Exercises => new StudentExercises(),
        _ => new ReferenceExercises(),
    };

    /// <summary>Where a track's code lives, for messages.</summary>
    public static string Folder(TrackName name) => name == TrackName.Exercises ? "src/Exercises" : "src/Solutions";
}
