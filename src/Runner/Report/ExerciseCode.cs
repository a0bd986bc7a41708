using DecodingChoices.Course;

namespace DecodingChoices.Runner.Report;

/// <summary>
/// One file the student wrote for an exercise, as it is on disk: the report shows it so the marker reads
/// the code that produced the results, not just the verdicts.
/// </summary>
/// <param name="Exercise">The exercise the file belongs to.</param>
/// <param name="RelativePath">The file relative to the repository's root, such as <c>src/Exercises/1B-Sigmoid/Sigmoid.cs</c>.</param>
/// <param name="Text">The file's text, or null when it is missing.</param>
internal sealed record ExerciseCode(Exercise Exercise, string RelativePath, string? Text)
{
    /// <summary>Every exercise's files under <paramref name="repositoryRoot"/>, in the tutorial's order.</summary>
    public static IReadOnlyList<ExerciseCode> ReadAll(string repositoryRoot) =>
    [
        .. Exercise.All.SelectMany(exercise => exercise.Files.Select(file =>
        {
            var relative = $"{exercise.RepositoryFolder}/{file}";
            var path = Path.Combine(repositoryRoot, relative);
            return new ExerciseCode(exercise, relative, File.Exists(path) ? File.ReadAllText(path) : null);
        })),
    ];
}
