using System.Text.Json.Nodes;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// Exercism's test-runner <c>results.json</c>, version 3: <c>status</c> pass, fail or error (error when the
/// submission did not compile, with the compiler's messages as <c>message</c>), and the tests in the order of
/// the test files, each with its status, message, what the code printed (at most 500 characters), its code
/// (<c>test_code</c>) and its task (1A → 1 … 1E → 5).
/// </summary>
public static class ExercismResults
{
    /// <summary>Exercism's limit on a test's <c>output</c>.</summary>
    public const int OutputLimit = 500;

    /// <summary>The <c>results.json</c> text of <paramref name="result"/>.</summary>
    public static string ToJson(SubmissionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.DidNotCompile)
        {
            return ResultsJson.Write(new JsonObject
            {
                ["version"] = 3,
                ["status"] = "error",
                ["message"] = string.Join("\n", result.CompilerMessages.Where(m => m.IsError)),
                ["tests"] = new JsonArray(),
            });
        }

        var root = new JsonObject
        {
            ["version"] = 3,
            ["status"] = result.AllPassed ? "pass" : "fail",
        };
        if (result.GradingProblem is { } problem)
        {
            root["status"] = "error";
            root["message"] = problem;
        }

        var tests = new JsonArray();
        var coached = new HashSet<Exercise>();
        foreach (var check in result.Checks)
        {
            var test = Test(check);
            if (coached.Add(check.Check.Exercise) && StudentFeedback.Coaching(result, check.Check.Exercise).ToList() is { Count: > 0 } coaching)
            {
                // The compiler's coaching on this exercise's file, on its first test (Exercism shows a test's message).
                var message = test["message"]?.GetValue<string>();
                test["message"] = string.Join("\n", message is null ? coaching : [message, .. coaching]);
            }

            tests.Add(test);
        }

        root["tests"] = tests;
        return ResultsJson.Write(root);
    }

    private static JsonObject Test(CheckResult result)
    {
        var test = new JsonObject
        {
            ["name"] = result.Check.StudentName,
            ["status"] = result.Failure switch
            {
                null => "pass",
                { IsError: true } => "error",
                _ => "fail",
            },
        };
        if (result.Failure is not null)
        {
            test["message"] = FailureSummary.ForStudent(result);
        }

        if (!result.Check.IsHidden && result.Output.Length > 0)
        {
            test["output"] = result.Output.Shorten(OutputLimit);
        }

        test["test_code"] = CheckSource.For(result.Check);
        test["task_id"] = result.Check.TaskId;
        return test;
    }
}
