using DecodingChoices.Autograder;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>Submission results made up for a test: every check passes except those named.</summary>
internal static class SyntheticResults
{
    public static SubmissionResult Failing(params string[] failingIds) => new()
    {
        Student = "synthetic",
        Checks = [.. GradingCatalog.Default.Checks.Select(c => new CheckResult(c, failingIds.Contains(c.Id) ? Wrong(c) : null, CapturedOutput.None, TimeSpan.Zero))],
        ChecksSeed = CheckSeed.Default,
        HiddenSeed = 42,
        Elapsed = TimeSpan.FromSeconds(1),
    };

    public static string[] HiddenIdsOf(string exercise) =>
        [.. GradingCatalog.Default.Checks.Where(c => c.IsHidden && c.Exercise.Id == exercise).Select(c => c.Id)];

    private static CheckFailure Wrong(GradingCheck check) =>
        CheckFailure.From(new ExerciseCheckException(check.Exercise, check.Definition.Title, FailureKind.WrongAnswer, "J = 0.123", "J = 0.456 for theta = [9.87]", "a hint"));
}
