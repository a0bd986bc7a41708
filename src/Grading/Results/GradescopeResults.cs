using System.Text.Json.Nodes;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// Gradescope's <c>results.json</c> (the autograder specification's fields): the total score, the run's time,
/// the student-facing summary as <c>output</c>, and one test per check with its score, maximum, status
/// (passed/failed), number ("4.3" for the third check of Exercise 1D) and output. Hidden checks are listed
/// under a name that reveals nothing, with their score, and with their details only in <c>extra_data</c>,
/// which Gradescope stores for the instructor but does not display.
/// </summary>
public static class GradescopeResults
{
    /// <summary>How much of a check's console output Gradescope shows.</summary>
    public const int OutputLimit = 2000;

    /// <summary>The <c>results.json</c> text of <paramref name="result"/>.</summary>
    public static string ToJson(SubmissionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tests = new JsonArray();
        foreach (var check in result.Checks)
        {
            tests.Add(Test(check));
        }

        var root = new JsonObject
        {
            ["score"] = result.Score,
            ["execution_time"] = ResultsJson.Seconds(result.Elapsed),
            ["output"] = StudentFeedback.Summary(result),
            ["output_format"] = "text",
            ["test_output_format"] = "text",
            ["test_name_format"] = "text",
            ["visibility"] = "visible",
            ["stdout_visibility"] = "hidden",
            ["extra_data"] = new JsonObject
            {
                ["student"] = result.Student,
                ["status"] = Gradebook.StatusText(result.Status),
                ["max_score"] = result.MaxScore,
                ["checks_seed"] = ResultsJson.Seed(result.ChecksSeed),
                ["submitted_files"] = new JsonArray([.. result.SubmittedFiles.Select(f => (JsonNode?)f)]),
                ["note"] = SubmissionNotes.For(result),
            },
            ["tests"] = tests,
        };
        return ResultsJson.Write(root);
    }

    private static JsonObject Test(CheckResult result)
    {
        var check = result.Check;
        var test = new JsonObject
        {
            ["score"] = result.Score,
            ["max_score"] = check.Points,
            ["status"] = result.Passed ? "passed" : "failed",
            ["name"] = check.StudentName,
            ["name_format"] = "text",
            ["number"] = check.Number,
            ["output"] = Output(result),
            ["output_format"] = "text",
            ["tags"] = new JsonArray(check.Exercise.Id, check.Exercise.Method),
            ["visibility"] = "visible",
        };
        if (check.IsHidden)
        {
            // Only that it is hidden: its name, message, printed output and the hidden seed are in junit.xml, for the
            // instructor. results.json is the student's file (a student who gets hold of it learns nothing hidden).
            test["extra_data"] = new JsonObject { ["hidden"] = true };
        }

        return test;
    }

    private static string Output(CheckResult result)
    {
        var text = FailureSummary.ForStudent(result);
        if (result.Check.IsHidden || result.Output.Length == 0)
        {
            return text;
        }

        var printed = $"Your code printed:\n{result.Output.Shorten(OutputLimit)}";
        return text.Length == 0 ? printed : $"{text}\n\n{printed}";
    }
}
