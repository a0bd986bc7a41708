using System.Text.Json;
using Shouldly;

namespace DecodingChoices.Grading.Tests.Formats;

/// <summary>
/// The field lists the graders publish (shared/notes/grading-formats.md), as checks: every field a results
/// file writes is one the format defines, each required field is there with the right type, and every
/// enumerated value is one of the allowed ones.
/// </summary>
internal static class PublishedFields
{
    public static readonly string[] GradescopeTopLevel =
        ["score", "execution_time", "output", "output_format", "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"];

    public static readonly string[] GradescopeTest =
        ["score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags", "visibility", "extra_data"];

    public static readonly string[] GradescopeVisibility = ["hidden", "after_due_date", "after_published", "visible"];

    public static readonly string[] GradescopeFormats = ["text", "simple_format", "html", "md", "ansi"];

    public static readonly string[] ExercismTopLevel = ["version", "status", "message", "tests"];

    public static readonly string[] ExercismTest = ["name", "test_code", "status", "message", "output", "task_id"];

    /// <summary>Checks a Gradescope results.json against the autograder specification's fields.</summary>
    public static void ShouldBeGradescopeResults(this JsonElement root)
    {
        root.ValueKind.ShouldBe(JsonValueKind.Object);
        Keys(root).ShouldBeSubsetOf(GradescopeTopLevel);
        root.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Number);
        root.GetProperty("execution_time").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        root.GetProperty("output").ValueKind.ShouldBe(JsonValueKind.String);
        foreach (var format in new[] { "output_format", "test_output_format", "test_name_format" })
        {
            root.GetProperty(format).GetString().ShouldBeOneOf(GradescopeFormats);
        }

        root.GetProperty("visibility").GetString().ShouldBeOneOf(GradescopeVisibility);
        root.GetProperty("stdout_visibility").GetString().ShouldBeOneOf(GradescopeVisibility);
        root.GetProperty("extra_data").ValueKind.ShouldBe(JsonValueKind.Object);
        var total = 0.0;
        foreach (var test in root.GetProperty("tests").EnumerateArray())
        {
            Keys(test).ShouldBeSubsetOf(GradescopeTest);
            var score = test.GetProperty("score").GetDouble();
            var max = test.GetProperty("max_score").GetDouble();
            score.ShouldBeInRange(0, max);
            test.GetProperty("status").GetString().ShouldBeOneOf("passed", "failed");
            (test.GetProperty("status").GetString() == "passed").ShouldBe(score == max, test.GetProperty("name").GetString());
            test.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
            test.GetProperty("name_format").GetString().ShouldBeOneOf(GradescopeFormats);
            test.GetProperty("number").GetString()!.ShouldMatch(@"^\d+\.\d+$");
            test.GetProperty("output").ValueKind.ShouldBe(JsonValueKind.String);
            test.GetProperty("output_format").GetString().ShouldBeOneOf(GradescopeFormats);
            test.GetProperty("tags").EnumerateArray().ShouldAllBe(t => t.ValueKind == JsonValueKind.String);
            test.GetProperty("visibility").GetString().ShouldBeOneOf(GradescopeVisibility);
            total += score;
        }

        root.GetProperty("score").GetDouble().ShouldBe(total, "the score is the sum of the tests' scores");
    }

    /// <summary>Checks an Exercism results.json against the test-runner interface, version 3.</summary>
    public static void ShouldBeExercismResultsV3(this JsonElement root)
    {
        root.ValueKind.ShouldBe(JsonValueKind.Object);
        Keys(root).ShouldBeSubsetOf(ExercismTopLevel);
        root.GetProperty("version").GetInt32().ShouldBe(3);
        var status = root.GetProperty("status").GetString();
        status.ShouldBeOneOf("pass", "fail", "error");
        if (status == "error")
        {
            root.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace("message is required when status is error");
        }

        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        foreach (var test in tests)
        {
            Keys(test).ShouldBeSubsetOf(ExercismTest);
            test.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
            var testStatus = test.GetProperty("status").GetString();
            testStatus.ShouldBeOneOf("pass", "fail", "error");
            if (testStatus != "pass")
            {
                test.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
            }

            if (test.TryGetProperty("output", out var output))
            {
                output.GetString()!.Length.ShouldBeLessThanOrEqualTo(500);
            }

            test.GetProperty("test_code").GetString().ShouldNotBeNullOrWhiteSpace();
            test.GetProperty("task_id").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        }

        if (status == "pass")
        {
            tests.ShouldAllBe(t => t.GetProperty("status").GetString() == "pass");
        }
    }

    public static List<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
