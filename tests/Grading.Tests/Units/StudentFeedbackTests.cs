using DecodingChoices.Course;
using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>What a student reads: hidden checks counted, never described, and never a misleading "all passed".</summary>
public sealed class StudentFeedbackTests
{
    [Fact]
    public void Visible_checks_all_passing_with_hidden_ones_failing_is_not_all_passed()
    {
        var result = SyntheticResults.Failing(SyntheticResults.HiddenIdsOf("1D"));
        var line = StudentFeedback.ExerciseLine(result, Exercise.LogisticLoss);
        line.ShouldBe("Exercise 1D (LogisticLoss): 10/14 points. 8 of 8 visible checks passed; 2 hidden checks failed for Exercise 1D.");
        line.ShouldNotContain("All");
        SubmissionNotes.For(result).ShouldBe("2 hidden checks failed for Exercise 1D (its visible checks all passed)");
    }

    [Fact]
    public void Everything_passing_says_so_hidden_checks_included()
    {
        var result = SyntheticResults.Failing();
        StudentFeedback.ExerciseLine(result, Exercise.LogisticLoss).ShouldBe("Exercise 1D (LogisticLoss): 14/14 points. All 8 checks passed, and its 2 hidden checks too.");
        result.AllPassed.ShouldBeTrue();
    }

    [Fact]
    public void One_hidden_failure_is_singular()
    {
        var result = SyntheticResults.Failing(SyntheticResults.HiddenIdsOf("1A"));
        StudentFeedback.ExerciseLine(result, Exercise.TransformInputs).ShouldEndWith("; 1 hidden check failed for Exercise 1A.");
    }

    [Fact]
    public void A_hidden_failure_reveals_neither_inputs_nor_message()
    {
        var result = SyntheticResults.Failing(SyntheticResults.HiddenIdsOf("1D"));
        var hidden = result.Checks.First(c => c.Check.IsHidden && !c.Passed);
        var text = FailureSummary.ForStudent(hidden);
        text.ShouldBe("Failed: LogisticLoss returned a wrong value. This is a hidden check: its code and inputs are not shown.");
        text.ShouldNotContain("9.87");
        text.ShouldNotContain(hidden.Check.Definition.Name);
    }

    [Fact]
    public void Gradescope_never_shows_a_hidden_checks_printed_output()
    {
        var result = SyntheticResults.Failing(SyntheticResults.HiddenIdsOf("1D"));
        result = result with
        {
            Checks = [.. result.Checks.Select(c => c.Check.IsHidden ? c with { Output = new CapturedOutput("theta = [9.87]", 14) } : c)],
        };
        var json = GradescopeResults.ToJson(result);
        var outputs = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("output").GetString());
        outputs.ShouldAllBe(o => !o!.Contains("9.87"));
        ExercismResults.ToJson(result).ShouldNotContain("theta = [9.87]");
    }
}
