using DecodingChoices.Course;
using DecodingChoices.Runner.Output;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Where the commands get a track's code from. The student's <c>course</c> knows one track, theirs
/// (<see cref="Student"/>); the instructor's <c>course-instructor</c> adds the reference track and makes it the
/// default, so the runner itself never references the answers. The runner's tests substitute other
/// implementations (one that throws, one with a mistake).
/// </summary>
internal sealed class TrackProvider
{
    private readonly Func<TrackName, ICourseExercises?> _implementation;

    /// <param name="implementation">Creates a track's own code, unwrapped, or null when this program does not have that track.</param>
    /// <param name="defaultTrack">The track a command runs when none is asked for.</param>
    public TrackProvider(Func<TrackName, ICourseExercises?> implementation, TrackName defaultTrack = TrackName.Exercises)
    {
        _implementation = implementation;
        Default = defaultTrack;
    }

    /// <summary>The student's program: src/Exercises only, as it is on disk now (<see cref="StudentTrackSource"/>).</summary>
    public static TrackProvider Student { get; } = new(name => name == TrackName.Exercises ? StudentTrackSource.Current() : null);

    /// <summary>The track a command runs when <c>--track</c> is not given.</summary>
    public TrackName Default { get; }

    /// <summary>This provider with the reference track added as the default (the instructor's program).</summary>
    public TrackProvider WithReference(Func<ICourseExercises> reference) =>
        new(name => name == TrackName.Solutions ? reference() : _implementation(name), TrackName.Solutions);

    /// <summary>The track's own code (for the autograder's checks, which wrap it themselves).</summary>
    /// <exception cref="RunnerException">This program does not have the track.</exception>
    public ICourseExercises Implementation(TrackName name) =>
        _implementation(name) ?? throw new RunnerException(
            $"--track {Track.OptionValue(name)}: the reference track ({Track.Folder(name)}) is part of the instructor's kit, not of this repository; run your own code with --track {Track.OptionValue(TrackName.Exercises)}.");

    /// <summary>The track's code behind the generated shape checks (for the walkthrough).</summary>
    public ICourseExercises Checked(TrackName name) => new CheckedCourseExercises(Implementation(name));
}
