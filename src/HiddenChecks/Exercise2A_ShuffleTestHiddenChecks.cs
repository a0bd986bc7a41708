using DecodingChoices.Autograder;
using DecodingChoices.Course;
using DecodingChoices.Randomness;
using Xunit;

namespace DecodingChoices.HiddenChecks;

/// <summary>Hidden check of Exercise 2A: the shuffle test on a dataset and a seed no student has seen.</summary>
public sealed class Exercise2A_ShuffleTestHiddenChecks(ICourseExercises track) : HiddenExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.ShuffleTest;

    protected override string DefaultHint => "For each shuffle: copy y, random.Shuffle(copy), fit a new LogisticRegression to (X, copy) and record its Score(X, copy).";

    [Fact]
    [Points(2)]
    public void Matches_the_reference_on_unseen_trials()
    {
        var inputs = HiddenInputs();
        var X = inputs.Matrix(inputs.Size(30, 60), inputs.Size(2, 6));
        var y = inputs.Labels(X.GetLength(0));
        var shuffles = inputs.Size(3, 6);
        var actual = Call(t => t.ShuffledAccuracies(X, y, shuffles, new SeededRandom(inputs.Seed)), inputs.Seed);
        var expected = ShuffleReference.Accuracies(X, y, shuffles, inputs.Seed, cumulative: false);
        if (actual is null || !(ShuffleReference.Same(actual, expected) || ShuffleReference.Same(actual, ShuffleReference.Accuracies(X, y, shuffles, inputs.Seed, cumulative: true))))
        {
            throw Fail($"accuracies {Show.Vector(expected)}", actual is null ? "null" : $"accuracies {Show.Vector(actual)}", seed: inputs.Seed);
        }
    }
}
