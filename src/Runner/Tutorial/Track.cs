namespace DecodingChoices.Runner.Tutorial;

/// <summary>The two course tracks the runner can run, always behind the shape-checked layer.</summary>
internal enum TrackName
{
    /// <summary>The reference track, src/Solutions (in the instructor's repository only).</summary>
    Solutions,

    /// <summary>The student track, src/Exercises.</summary>
    Exercises,
}

/// <summary>Facts about the tracks, for messages.</summary>
internal static class Track
{
    /// <summary>Where a track's code lives.</summary>
    public static string Folder(TrackName name) => name == TrackName.Exercises ? DecodingChoices.Course.Exercise.ExercisesRoot : "src/Solutions";

    /// <summary>"exercises" or "solutions", as <c>--track</c> takes it.</summary>
    public static string OptionValue(TrackName name) => name.ToString().ToLowerInvariant();
}
