using DecodingChoices.Autograder;
using DecodingChoices.Autograder.Misconceptions;
using DecodingChoices.Course;
using DecodingChoices.Solutions;
using DecodingChoices.TestSupport;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.SelfTests;

/// <summary>
/// The autograder's own tests: it must pass correct code whatever its style, fail the shipped stubs with
/// the "not implemented" guidance, and reject each typical mistake with a message that points at it.
/// </summary>
public sealed class AutograderSelfTests
{
    [Fact]
    public void Catalog_lists_every_exercise_in_tutorial_order()
    {
        CheckCatalog.All.Select(c => c.Exercise).Distinct().ShouldBe(Exercise.All);
        foreach (var exercise in Exercise.All)
        {
            CheckCatalog.For(exercise).Count.ShouldBeGreaterThanOrEqualTo(5, $"{exercise.Label} should have at least five checks");
        }
    }

    [Fact]
    public void Reference_track_passes_every_check() => ShouldPassEverything(new ReferenceExercises());

    [Fact]
    public void Plain_loop_student_code_passes_every_check() => ShouldPassEverything(new NaiveLoopExercises());

    [Fact]
    public void Shipped_stubs_fail_every_check_with_not_implemented_guidance()
    {
        // The stubs as shipped, rendered from the manifests and compiled in memory: whatever a maintainer has
        // written in src/Exercises, this test sees six stubs. Students grade their own work with:
        // dotnet test tests/Exercises.Tests
        foreach (var outcome in CheckRunner.RunAll(PristineTrack.Create()))
        {
            var failure = outcome.Failure.ShouldNotBeNull($"{outcome.Check.Id} passed on the stubs");
            failure.Kind.ShouldBe(FailureKind.NotImplemented, $"{outcome.Check.Id}: {failure.Message}");
            failure.Exercise.ShouldBe(outcome.Check.Exercise);
            failure.Message.ShouldContain($"{outcome.Check.Exercise.Label} is not implemented yet");
            failure.Message.ShouldContain($"src/Exercises/{outcome.Check.Exercise.Id}-{outcome.Check.Exercise.Method}");
        }
    }

    [Fact]
    public void A_later_exercise_names_the_earlier_stub_it_depends_on()
    {
        var track = new StubbedFrom(Exercise.Sigmoid);
        var failure = CheckRunner.RunAll(track, CheckCatalog.For(Exercise.ComputeH)).First().Failure.ShouldNotBeNull();
        failure.Kind.ShouldBe(FailureKind.NotImplemented);
        failure.Hint.ShouldContain("finish Exercise 1B (Sigmoid) first");
    }

    public static TheoryData<string> CorrectVariantNames() => [.. CorrectVariants.All.Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(CorrectVariantNames))]
    public void A_correct_variant_in_another_style_passes_every_check(string name) =>
        ShouldPassEverything(CorrectVariants.All.Single(v => v.Name == name).Track);

    [Fact]
    public void Strict_inequality_is_caught_by_the_ties_check_whatever_the_seed()
    {
        var strict = ExerciseMisconceptions.For(Exercise.EvaluateAccuracy)!.All.Single(m => m.Name.StartsWith("a strict threshold", StringComparison.Ordinal));
        var check = CheckCatalog.For(Exercise.EvaluateAccuracy).Single(c => c.Name == "Trials_with_h_exactly_one_half_count_as_1");
        var failure = CheckRunner.Run(check, strict.Plant()).Failure.ShouldNotBeNull("the ties check let h > 0.5 through");
        failure.Misconception.ShouldBe(strict.Name);
        failure.Hint.ShouldContain(">= 0.5");
    }

    [Fact]
    public void A_sigmoid_that_writes_into_its_input_is_told_so_not_that_sigma_decreases()
    {
        var inPlace = ExerciseMisconceptions.For(Exercise.Sigmoid)!.All.Single(m => m.Name.StartsWith("σ written into z", StringComparison.Ordinal));
        var failures = CheckRunner.RunAll(inPlace.Plant(), CheckCatalog.For(Exercise.Sigmoid)).Where(o => !o.Passed).ToList();
        failures.Select(o => o.Check.Name).ShouldBe(["Leaves_z_unchanged"]);
        failures[0].Failure!.Message.ShouldContain("the argument z changed, first at index 0");
    }

    [Fact]
    public void An_accumulator_kept_between_calls_is_caught_by_the_repeated_call()
    {
        var accumulator = ExerciseMisconceptions.For(Exercise.TransformInputs)!.All.Single(m => m.Name.StartsWith("z summed into a field", StringComparison.Ordinal));
        var check = CheckCatalog.For(Exercise.TransformInputs).Single(c => c.Name == "Gives_the_same_z_when_called_again_with_the_same_inputs");
        var failure = CheckRunner.Run(check, accumulator.Plant()).Failure.ShouldNotBeNull();
        failure.Message.ShouldContain("again");
        failure.Misconception.ShouldBe(accumulator.Name);
    }

    [Fact]
    public void An_exception_in_a_checks_own_code_is_not_blamed_on_the_student()
    {
        var check = CheckCatalog.For(Exercise.ShuffleTest).Single(c => c.Name == "Shuffled_choices_decode_near_chance_when_neurons_are_few");
        var failure = CheckRunner.Run(check, new ReturnsNull()).Failure.ShouldNotBeNull();
        failure.Kind.ShouldBe(FailureKind.ShapeMismatch);
        failure.Message.ShouldContain("Actual:   null");
    }

    [Fact]
    public void A_failure_message_has_expected_actual_hint_and_seed()
    {
        var summed = ExerciseMisconceptions.For(Exercise.LogisticLoss)!.All.Single(m => m.Name.StartsWith("the sum over trials", StringComparison.Ordinal));
        var check = CheckCatalog.For(Exercise.LogisticLoss).Single(c => c.Name == "Matches_the_cross_entropy_on_random_inputs");
        var failure = CheckRunner.Run(check, summed.Plant()).Failure.ShouldNotBeNull();
        failure.Message.ShouldStartWith("Exercise 1D (LogisticLoss) — matches the cross entropy on random inputs");
        failure.Message.ShouldContain("This looks like the sum over trials instead of the mean: ");
        failure.Message.ShouldContain("Expected: J = ");
        failure.Message.ShouldContain("Actual:   J = ");
        failure.Message.ShouldContain("Hint:");
        failure.Seed.ShouldNotBeNull();
        failure.Message.ShouldContain($"COURSE_SEED={CheckSeed.Base}");
    }

    private static void ShouldPassEverything(ICourseExercises track)
    {
        var failed = CheckRunner.RunAll(track).Where(o => !o.Passed).Select(o => o.Failure!.Message).ToList();
        failed.ShouldBeEmpty(string.Join("\n\n", failed));
    }

    /// <summary>Correct everywhere except that <paramref name="stub"/> still throws like the shipped stub.</summary>
    private sealed class StubbedFrom(Exercise stub) : NaiveLoopExercises
    {
        public override double[] Sigmoid(double[] z) =>
            stub == Exercise.Sigmoid ? throw new NotImplementedException("Exercise 1B (Sigmoid) is not implemented yet.") : base.Sigmoid(z);
    }

    /// <summary>A 2A that returns null: every check must fail it as a wrong result, not crash on it.</summary>
    private sealed class ReturnsNull : NaiveLoopExercises
    {
        public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, Randomness.SeededRandom random) => null!;
    }
}
