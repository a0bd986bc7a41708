using DecodingChoices.Course;
using System.Text.Json;
using DecodingChoices.Grading.Results;
using DecodingChoices.Grading.Tests.Batch;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Formats;

/// <summary>Each student's exercism/results.json (version 3) from the fixture batch.</summary>
[Collection(GradedBatchCollection.Name)]
public sealed class ExercismResultsTests(GradedBatch batch)
{
    [Theory]
    [MemberData(nameof(GradescopeResultsTests.Students), MemberType = typeof(GradescopeResultsTests))]
    public void Follows_the_published_field_list(string student)
    {
        Read(student).ShouldBeExercismResultsV3();
    }

    [Theory]
    [InlineData("correct", "pass")]
    [InlineData("partly-correct", "fail")]
    [InlineData("infinite-loop", "fail")]
    [InlineData("does-not-compile", "fail")]
    public void Overall_status(string student, string status)
    {
        Read(student).GetProperty("status").GetString().ShouldBe(status);
    }

    [Fact]
    public void A_file_that_does_not_compile_fails_its_exercise_with_the_compilers_message()
    {
        // Per-exercise compilation: the checks ran; 1D's (task 4) fail with the compiler's message, 1A's pass.
        var tests = Read("does-not-compile").GetProperty("tests").EnumerateArray().ToList();
        tests.Where(t => t.GetProperty("task_id").GetInt32() == 4)
            .ShouldAllBe(t => t.GetProperty("status").GetString() == "fail" && t.GetProperty("message").GetString()!.Contains("LogisticLoss.cs(7,35): error CS1002: ; expected"));
        tests.Where(t => t.GetProperty("task_id").GetInt32() == 1).ShouldAllBe(t => t.GetProperty("status").GetString() == "pass");
    }

    [Fact]
    public void Lists_the_tests_in_test_file_order_with_their_task()
    {
        var tests = Read("correct").GetProperty("tests").EnumerateArray().ToList();
        var catalog = batch.Options.Catalog.Checks;
        tests.Select(t => t.GetProperty("name").GetString()).ShouldBe(catalog.Select(c => c.StudentName));
        tests.Select(t => t.GetProperty("task_id").GetInt32()).ShouldBe(catalog.Select(c => Exercise.All.ToList().IndexOf(c.Exercise) + 1));
        tests[0].GetProperty("name").GetString().ShouldBe("Exercise 1A: zero theta gives zero z");
    }

    [Fact]
    public void Shows_each_visible_checks_code_and_hides_the_hidden_ones()
    {
        var tests = Read("correct").GetProperty("tests").EnumerateArray().ToList();
        var first = tests[0].GetProperty("test_code").GetString()!;
        first.ShouldStartWith("var inputs = RandomInputs();");
        first.ShouldContain("Call(t => t.TransformInputs(theta, X), inputs.Seed);");
        tests.Where(t => t.GetProperty("name").GetString()!.Contains("hidden check", StringComparison.Ordinal))
            .ShouldAllBe(t => t.GetProperty("test_code").GetString() == CheckSource.HiddenNotice);
    }

    [Fact]
    public void Truncates_printed_output_at_500_characters_with_a_notice()
    {
        var outputs = Read("console-spam").GetProperty("tests").EnumerateArray()
            .Where(t => t.TryGetProperty("output", out _)).Select(t => t.GetProperty("output").GetString()!).ToList();
        outputs.ShouldNotBeEmpty();
        outputs.ShouldContain(o => o.Length <= 500 && o.Contains("[output truncated"));
    }

    [Fact]
    public void Reports_a_crash_and_a_timeout_as_errors()
    {
        Status("throws", "Exercise 1A: zero theta gives zero z").ShouldBe("error");
        Status("infinite-loop", "Exercise 1D: zero theta gives log 2").ShouldBe("error");
        Status("partly-correct", "Exercise 1D: zero theta gives log 2").ShouldBe("fail");
    }

    private string? Status(string student, string test) =>
        Read(student).GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("name").GetString() == test).GetProperty("status").GetString();

    private JsonElement Read(string student) =>
        JsonDocument.Parse(File.ReadAllText(batch.FileOf(student, ResultFiles.Exercism))).RootElement;
}
