using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Tutorial;
using Spectre.Console.Testing;

namespace DecodingChoices.Runner.Tests;

/// <summary>What a command printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Console">The human-readable output (plain text).</param>
/// <param name="Json">What went to standard output as JSON.</param>
/// <param name="Errors">What went to standard error.</param>
internal sealed record CourseRun(int ExitCode, string Console, string Json, string Errors)
{
    /// <summary>
    /// Runs <c>course ARGS</c> in-process: the real app and parser (<see cref="CourseApp"/>), writing to a test
    /// console 200 columns wide (not a terminal, so progress comes as plain lines) and to string writers.
    /// </summary>
    public static CourseRun Of(params string[] args) => With(Tracks, args);

    /// <summary>
    /// The student's <c>course</c> on a fresh copy of the course: their track is the shipped stubs. (Declared
    /// before <see cref="Tracks"/>, which is built from it: static properties initialise in order.)
    /// </summary>
    public static TrackProvider Shipped { get; } = new(name => name == TrackName.Exercises ? PristineTrack.Create() : null);

    /// <summary>
    /// The instructor's tracks, as <c>course-instructor</c> has them: the reference track (the default) and the
    /// student's track, here the shipped stubs (<see cref="PristineTrack"/>) rather than the working copy's
    /// src/Exercises, so the tests that expect "not started" pass whatever a maintainer has solved there.
    /// </summary>
    public static TrackProvider Tracks { get; } = Shipped.WithReference(() => new DecodingChoices.Solutions.ReferenceExercises());

    /// <summary>As <see cref="Of"/>, with the tracks' code from <paramref name="tracks"/>.</summary>
    public static CourseRun With(TrackProvider tracks, params string[] args) => Run(tracks, new InterpretationSource(DecodingChoices.Instructor.Interpretation.For), args);

    /// <summary>As the student's <c>course</c> runs it: their track only, no interpretation (it would answer Exercise 2B).</summary>
    public static CourseRun AsStudent(TrackProvider tracks, params string[] args) => Run(tracks, InterpretationSource.None, args);

    private static CourseRun Run(TrackProvider tracks, InterpretationSource interpretation, string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var json = new StringWriter();
        var errors = new StringWriter();
        var app = CourseApp.Create(new RunnerOutput(console, json, errors, LiveProgress: false), tracks, interpretation: interpretation);
        app.Configure(CourseApp.AddCommands);
        var exitCode = app.Run(CourseApp.Arguments(args));
        return new CourseRun(exitCode, console.Output, json.ToString(), errors.ToString());
    }

    public override string ToString() => $"exit code {ExitCode}\n--- console:\n{Console}\n--- json:\n{Json}\n--- errors:\n{Errors}";
}
