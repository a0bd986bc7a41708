using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Batch;

/// <summary>The batch finishes within its own time budget, and loses no student's results on the way.</summary>
[Collection(GradedBatchCollection.Name)]
public sealed class BatchBudgetTests(GradedBatch batch)
{
    [Fact]
    public void Completes_within_its_time_budget()
    {
        // The budget is generous (rounds of two submissions, each 30 s + 6 timeouts): a hang would exceed it, a slow machine would not.
        batch.Result.Elapsed.ShouldBeLessThan(batch.Options.BatchBudget(batch.Students),
            $"{batch.Students} submissions, {batch.Options.Jobs} at a time, {batch.Options.CheckTimeout.TotalSeconds} s per check");
    }

    [Fact]
    public void Writes_the_three_results_files_of_every_student()
    {
        foreach (var student in Directory.GetDirectories(TestPaths.Submissions).Select(Path.GetFileName))
        {
            foreach (var file in new[] { ResultFiles.Gradescope, ResultFiles.Exercism, ResultFiles.JUnit })
            {
                File.Exists(batch.FileOf(student!, file)).ShouldBeTrue($"{student}/{file}");
            }
        }
    }

    [Fact]
    public void Gives_every_check_a_result()
    {
        foreach (var result in batch.Result.Submissions)
        {
            result.Checks.Select(c => c.Check.Id).ShouldBe(batch.Options.Catalog.Checks.Select(c => c.Id), $"checks of {result.Student}");
        }
    }

    [Fact]
    public void Ignores_everything_but_the_exercise_files()
    {
        // correct/ also holds a broken StudentExercises.cs, a tampered checks file and notes.txt: none of them counts.
        var correct = batch["correct"];
        correct.SubmittedFiles.ShouldBe(["src/Exercises/1A-TransformInputs/TransformInputs.cs", "src/Exercises/1B-Sigmoid/Sigmoid.cs", "more/ComputeH.cs", "LogisticLoss.cs", "EvaluateAccuracy.cs", "ShuffledAccuracies.cs"]);
        correct.Score.ShouldBe(correct.MaxScore);
    }
}
