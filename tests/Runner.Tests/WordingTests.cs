using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Runner.Tests;

/// <summary>The autograder's messages read as meant: no doubled labels, one seed, no value that seems to belong to the wrong name.</summary>
[Collection(CheckRunsAlone.Name)]
public sealed class WordingTests
{
    [Fact]
    public void A_hint_that_starts_with_Hint_is_not_labelled_twice()
    {
        var failure = new ExerciseCheckException(Exercise.TransformInputs, "z has one entry per trial", FailureKind.ShapeMismatch,
            "z with 'trials' = 5", "z with 7", "Hint: loop over the rows of X.");

        failure.Message.ShouldNotContain("Hint: Hint:");
        failure.Message.ShouldNotContain("Hint:     Hint:");
        failure.Message.ShouldContain("Hint:     loop over the rows of X.");
    }

    [Fact]
    public void The_seed_line_names_one_seed_only()
    {
        var failure = new ExerciseCheckException(Exercise.LogisticLoss, "zero theta gives log 2", FailureKind.WrongAnswer,
            "J = 0.69", "J = 3.4", "Divide by n.", seed: 15363023309780640779UL);

        var seedLine = failure.Message.Split('\n').Single(l => l.Contains("seed", StringComparison.OrdinalIgnoreCase) || l.Contains("SEED", StringComparison.Ordinal));
        seedLine.ShouldNotContain("15363023309780640779");
        seedLine.ShouldContain($"COURSE_SEED={CheckSeed.Base}");
    }

    [Fact]
    public void A_stub_is_one_line_naming_the_file_and_only_the_first_is_the_next_step()
    {
        var outcomes = CheckRunner.RunAll(PristineTrack.Create());
        var first = outcomes.First(o => o.Check.Exercise == Exercise.TransformInputs).Failure!;
        var later = outcomes.First(o => o.Check.Exercise == Exercise.LogisticLoss).Failure!;

        first.Message.ShouldNotContain("\n");
        first.Message.ShouldContain("src/Exercises/1A-TransformInputs/TransformInputs.cs");
        first.Message.ShouldContain("This is the next step");
        first.StackTrace.ShouldBeNullOrEmpty();
        later.Message.ShouldNotContain("This is the next step");
        later.Message.ShouldContain("the next step is Exercise 1A (TransformInputs)");
    }

    [Fact]
    public void What_student_code_printed_is_shown_with_its_failure()
    {
        var track = new AlteredTrack
        {
            SigmoidOverride = z =>
            {
                Console.WriteLine($"z has {z.Length} entries");
                return new double[z.Length];
            },
        };

        var failure = CheckRunner.RunAll(track, CheckCatalog.For(Exercise.Sigmoid)).First(o => !o.Passed).Failure!;

        failure.Message.ShouldContain("Your code printed:");
        failure.Message.ShouldContain("entries");
    }

    [Fact]
    public void The_shuffle_tests_same_seed_hint_does_not_blame_a_new_generator_alone()
    {
        // The checks and their misconception catalog (where the "shuffle a copy" hint lives since the catalog came in).
        var folder = Path.Combine(ShippedRepository.RealRoot(), "src/Exercises/2A-ShuffledAccuracies/Checks");
        var checks = string.Concat(Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText));

        checks.ShouldNotContain("not from a new generator or System.Random.\"");
        checks.ShouldContain("shuffle a copy of y");
    }

    [Fact]
    public void The_accuracy_of_theta_hat_does_not_read_as_theta_hat_equals_a_number()
    {
        var checks = File.ReadAllText(Path.Combine(ShippedRepository.RealRoot(), "src/Exercises/1E-EvaluateAccuracy/Checks/Exercise1E_EvaluateAccuracyChecks.cs"));

        checks.ShouldNotContain("ExpectNumber(\"accuracy with θ̂\"");
    }
}
