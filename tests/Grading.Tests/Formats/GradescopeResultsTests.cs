using System.Text.Json;
using DecodingChoices.Grading.Results;
using DecodingChoices.Grading.Tests.Batch;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Formats;

/// <summary>Each student's gradescope/results.json from the fixture batch.</summary>
[Collection(GradedBatchCollection.Name)]
public sealed class GradescopeResultsTests(GradedBatch batch)
{
    public static TheoryData<string> Students => new(Directory.GetDirectories(TestPaths.Submissions).Select(d => Path.GetFileName(d)!));

    [Theory]
    [MemberData(nameof(Students))]
    public void Follows_the_published_field_list(string student)
    {
        var root = Read(student);
        root.ShouldBeGradescopeResults();
        root.GetProperty("score").GetInt32().ShouldBe(batch[student].Score);
        root.GetProperty("tests").EnumerateArray().Sum(t => t.GetProperty("max_score").GetInt32()).ShouldBe(74);
        root.GetProperty("tests").GetArrayLength().ShouldBe(batch.Options.Catalog.Checks.Count);
    }

    [Fact]
    public void Records_the_seeds_of_the_run()
    {
        // The hidden seed is the instructor's (junit.xml has it): never in the student's results.json.
        var extra = Read("correct").GetProperty("extra_data");
        extra.TryGetProperty("hidden_seed", out _).ShouldBeFalse();
        extra.GetProperty("checks_seed").GetString().ShouldBe("1729");
    }

    [Fact]
    public void Says_how_many_hidden_checks_failed_never_all_passed()
    {
        var root = Read("partly-correct");
        var output = root.GetProperty("output").GetString()!;
        output.ShouldContain("Exercise 1D (LogisticLoss): 1/14 points. 1 of 8 visible checks passed; 2 hidden checks failed for Exercise 1D.");
        output.ShouldContain("Exercise 1A (TransformInputs): 12/12 points. All 8 checks passed, and its hidden check too.");
        output.ShouldContain("Exercise 1E (EvaluateAccuracy): 0/12 points. Not started");
    }

    [Fact]
    public void Shows_a_hidden_check_without_its_name_inputs_or_message()
    {
        var hidden = Read("partly-correct").GetProperty("tests").EnumerateArray()
            .Where(t => t.GetProperty("name").GetString()!.StartsWith("Exercise 1D: hidden check", StringComparison.Ordinal)).ToList();
        hidden.Count.ShouldBe(2);
        foreach (var test in hidden)
        {
            test.GetProperty("status").GetString().ShouldBe("failed");
            var output = test.GetProperty("output").GetString()!;
            output.ShouldBe("Failed: LogisticLoss returned a wrong value. This is a hidden check: its code and inputs are not shown.");
            // The details are the instructor's, in junit.xml: results.json says only that the check is hidden.
            test.GetProperty("extra_data").GetProperty("hidden").GetBoolean().ShouldBeTrue();
            test.GetProperty("extra_data").EnumerateObject().Count().ShouldBe(1);
        }
    }

    [Fact]
    public void Reports_a_compile_error_with_the_compilers_message()
    {
        var root = Read("does-not-compile");
        // Per-exercise compilation: 1A's file compiled and earns its 12 points; LogisticLoss.cs costs 1D.
        root.GetProperty("score").GetDouble().ShouldBe(12);
        root.GetProperty("output").GetString()!.ShouldContain("LogisticLoss.cs(7,35): error CS1002: ; expected");
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        tests.Where(t => t.GetProperty("number").GetString()!.StartsWith("4.", StringComparison.Ordinal))
            .ShouldAllBe(t => t.GetProperty("output").GetString()!.Contains("LogisticLoss.cs did not compile"));
        tests.Where(t => t.GetProperty("number").GetString()!.StartsWith("1.", StringComparison.Ordinal))
            .ShouldAllBe(t => t.GetProperty("status").GetString() == "passed");
    }

    [Fact]
    public void Names_the_timeout_and_goes_on_with_the_next_exercise()
    {
        var tests = Read("infinite-loop").GetProperty("tests").EnumerateArray().ToList();
        var first1D = tests.First(t => t.GetProperty("number").GetString() == "4.1");
        first1D.GetProperty("output").GetString()!.ShouldContain("timed out after 6 s in LogisticLoss");
        tests.Where(t => t.GetProperty("number").GetString()!.StartsWith("5.", StringComparison.Ordinal))
            .ShouldAllBe(t => t.GetProperty("status").GetString() == "passed");
    }

    [Fact]
    public void Caps_what_the_student_printed()
    {
        var outputs = Read("console-spam").GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("output").GetString()!).ToList();
        outputs.ShouldContain(o => o.Contains("Your code printed:") && o.Contains("[output truncated"));
        outputs.ShouldAllBe(o => o.Length <= 4000 + GradescopeResults.OutputLimit);
    }

    private JsonElement Read(string student) =>
        JsonDocument.Parse(File.ReadAllText(batch.FileOf(student, ResultFiles.Gradescope))).RootElement;
}
