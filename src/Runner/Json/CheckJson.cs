using DecodingChoices.Autograder;
using DecodingChoices.Runner.Checks;
using DecodingChoices.Runner.Tutorial;

namespace DecodingChoices.Runner.Json;

/// <summary><c>check --json</c>: every exercise's state and its first failure.</summary>
internal sealed record CheckJson(string Command, string Track, int Done, int Total, string? Next, IReadOnlyList<ExerciseStatusJson> Exercises, int ExitCode)
{
    public static CheckJson From(TrackName track, StatusBoard board) => new(
        "check",
        track.ToString().ToLowerInvariant(),
        board.DoneCount,
        board.Exercises.Count,
        board.Next?.Exercise.Id,
        [.. board.Exercises.Select(ExerciseStatusJson.From)],
        board.ExitCode);
}

/// <summary>One exercise in <see cref="CheckJson"/>.</summary>
internal sealed record ExerciseStatusJson(string Id, string Method, string Title, ExerciseState State, int Passed, int Checks, string Folder, FailureJson? FirstFailure)
{
    public static ExerciseStatusJson From(ExerciseStatus s) => new(
        s.Exercise.Id, s.Exercise.Method, s.Exercise.Title, s.State, s.Passed, s.Total, s.Exercise.RepositoryFolder,
        s.FirstFailure is { } f ? FailureJson.From(f) : null);
}

/// <summary>A failed check, as the autograder explains it.</summary>
internal sealed record FailureJson(string Check, FailureKind Kind, string Expected, string Actual, string Hint, ulong? Seed, string Message)
{
    public static FailureJson From(ExerciseCheckException f) => new(f.Check, f.Kind, f.Expected, f.Actual, f.Hint, f.Seed, f.Message);
}
