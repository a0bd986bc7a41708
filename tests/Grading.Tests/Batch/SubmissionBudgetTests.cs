using DecodingChoices.Autograder;
using DecodingChoices.Course;
using DecodingChoices.Grading.Batch;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Batch;

/// <summary>
/// The grader's last line of defence: a worker still running when its submission's wall-clock budget runs
/// out is killed, and what the submission earned before that is kept.
/// </summary>
public sealed class SubmissionBudgetTests
{
    [Fact]
    public async Task A_submission_out_of_budget_keeps_what_it_earned()
    {
        // The check timeout (300 s) is longer than the whole budget (60 s): only the kill can stop LogisticLoss's endless loop.
        // The budget includes the sandboxed compile, which takes 15-20 s on a loaded two-core machine.
        var options = new GradingOptions
        {
            Worker = WorkerCommand.ForRunnerAssembly(TestPaths.CourseDll),
            CheckTimeout = TimeSpan.FromSeconds(300),
            SubmissionBudget = TimeSpan.FromSeconds(60),
            HiddenSeed = GradedBatch.HiddenSeed,
        };
        var result = await new SubmissionGrader(options).GradeAsync("infinite-loop", Path.Combine(TestPaths.Submissions, "infinite-loop"));

        result.Status.ShouldBe(SubmissionStatus.TimedOut);
        Exercise.All.Select(result.ScoreFor).ShouldBe([12, 12, 12, 0, 0, 0], $"hidden seed {GradedBatch.HiddenSeed}");
        var killed = result.For(Exercise.LogisticLoss).First();
        killed.Failure!.Kind.ShouldBe(FailureKind.TimedOut);
        killed.Failure.Actual.ShouldBe("the submission's time budget of 60 s ran out in LogisticLoss");
        result.For(Exercise.EvaluateAccuracy).ShouldAllBe(c => c.NotRunReason == "not run: the submission's time budget of 60 s ran out");
        result.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60 + 30), "the worker was not killed at the budget");
    }
}
