using DecodingChoices.Autograder;
using DecodingChoices.Autograder.Misconceptions;
using DecodingChoices.Course;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.SelfTests;

/// <summary>
/// A call into student code that never returns fails its check as timed out, the exercise's other checks fail
/// at once, and the other exercises are graded as usual.
/// </summary>
public sealed class StudentTimeoutTests
{
    [Fact]
    public void An_endless_loss_times_out_and_the_other_exercises_are_graded()
    {
        var budget = TimeSpan.FromSeconds(6);
        IReadOnlyList<CheckOutcome> outcomes;
        using (StudentCall.WithBudget(budget))
        {
            // Every check but the one that fits 691-neuron models (seconds on a busy machine, a margin the short budget lacks).
            outcomes = CheckRunner.RunAll(new EndlessLoss(), CheckCatalog.All.Where(c => !c.Name.StartsWith("With_691_neurons", StringComparison.Ordinal)));
        }

        var loss = outcomes.Where(o => o.Check.Exercise == Exercise.LogisticLoss).ToList();
        loss.ShouldAllBe(o => !o.Passed && o.Failure!.Kind == FailureKind.TimedOut);
        loss[0].Failure!.Message.ShouldContain("LogisticLoss did not return within 6 s: an endless loop?");
        loss[0].Failure!.Message.ShouldStartWith("Exercise 1D (LogisticLoss)");
        loss.Skip(1).ShouldAllBe(o => o.Failure!.Actual == "not run: an earlier call of Exercise 1D (LogisticLoss) never returned");
        loss.Skip(1).ShouldAllBe(o => o.Elapsed < budget, "later checks of the hung exercise must not wait out the budget again");

        var others = outcomes.Where(o => o.Check.Exercise != Exercise.LogisticLoss).ToList();
        others.Where(o => !o.Passed).Select(o => o.Failure!.Message).ShouldBeEmpty();
        others.Select(o => o.Check.Exercise).Distinct().Count().ShouldBe(5);
    }

    /// <summary>Correct everywhere except 1D, which never returns (it sleeps, so the abandoned thread costs no CPU).</summary>
    private sealed class EndlessLoss : NaiveLoopExercises
    {
        public override double LogisticLoss(double[] theta, double[,] X, int[] y)
        {
            while (true)
            {
                Thread.Sleep(50);
            }
        }
    }
}
