using DecodingChoices.Instructor.Release;
using DecodingChoices.Runner;

namespace DecodingChoices.Instructor.Tests;

/// <summary>The scan's markers: what the release looks for must include the things it promises to keep out.</summary>
public sealed class InstructorOnlyMarkersTests
{
    private static readonly IReadOnlyList<string> Markers = InstructorOnlyMarkers.Read(CourseRepository.Root());

    [Fact]
    public void They_name_the_reference_track_the_hidden_checks_and_the_2B_answers()
    {
        Markers.ShouldContain("ReferenceExercises");
        Markers.ShouldContain(m => m.StartsWith("Exercise1D_LogisticLossHidden", StringComparison.Ordinal));
        Markers.Count(m => m.Contains(' ', StringComparison.Ordinal)).ShouldBeGreaterThan(5, "sentences of the 2B answers and of the interpretation");
    }

    [Fact]
    public void None_of_them_stands_in_the_student_facing_sources()
    {
        var root = CourseRepository.Root();
        var studentSources = new[] { "src/Runner", "src/Toolkit", "src/Autograder", "src/Exercises", "tests/Exercises.Tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal));
        foreach (var file in studentSources)
        {
            var text = File.ReadAllText(file);
            Markers.Where(m => text.Contains(m, StringComparison.Ordinal)).ShouldBeEmpty($"{Path.GetRelativePath(root, file)} holds instructor-only text");
        }
    }
}
