using System.Text.Json;
using DecodingChoices.Course;
using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>The compiler's warnings (the course analyzers' coaching) reach what the student reads, and cost nothing.</summary>
public sealed class CoachingTests
{
    private static readonly CompilerMessage Warning = new("LogisticLoss.cs", 9, 13, "COURSE001", "integer division: 1 / n is 0 for every n > 1", false);

    [Fact]
    public void The_summary_ends_with_a_coaching_line_per_warning()
    {
        var result = SyntheticResults.Failing() with { CompilerMessages = [Warning] };

        var summary = StudentFeedback.Summary(result);

        summary.ShouldEndWith("Coaching: LogisticLoss.cs(9,13): warning COURSE001: integer division: 1 / n is 0 for every n > 1");
        result.Score.ShouldBe(result.MaxScore);
    }

    [Fact]
    public void Exercism_shows_the_coaching_on_the_first_test_of_the_files_exercise()
    {
        var result = SyntheticResults.Failing() with { CompilerMessages = [Warning] };

        using var json = JsonDocument.Parse(ExercismResults.ToJson(result));
        var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToList();
        var first1D = tests.First(t => t.GetProperty("task_id").GetInt32() == 4);
        first1D.GetProperty("message").GetString()!.ShouldContain("Coaching: LogisticLoss.cs(9,13): warning COURSE001");
        tests.Where(t => t.TryGetProperty("message", out var m) && m.GetString()!.Contains("Coaching", StringComparison.Ordinal)).Count().ShouldBe(1);
        json.RootElement.GetProperty("status").GetString().ShouldBe("pass");
    }

    [Fact]
    public void A_clean_compile_adds_no_coaching()
    {
        StudentFeedback.Summary(SyntheticResults.Failing()).ShouldNotContain("Coaching");
        StudentFeedback.Coaching(SyntheticResults.Failing(), Exercise.LogisticLoss).ShouldBeEmpty();
    }
}
