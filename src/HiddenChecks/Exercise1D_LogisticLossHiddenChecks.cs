using DecodingChoices.Autograder;
using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.HiddenChecks;

/// <summary>Hidden checks of Exercise 1D: the mean cross-entropy on inputs no student has seen.</summary>
public sealed class Exercise1D_LogisticLossHiddenChecks(ICourseExercises track) : HiddenExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.LogisticLoss;

    protected override string DefaultHint => "J = mean over trials of log(1 + e^z) − y·z, computed so it stays finite for any z.";

    [Fact]
    [Points(2)]
    public void Matches_the_reference_with_large_random_weights()
    {
        var inputs = HiddenInputs();
        var X = inputs.Matrix(inputs.Size(20, 60), inputs.Size(3, 8));
        var theta = inputs.Vector(X.GetLength(1), scale: 40);
        var y = inputs.Labels(X.GetLength(0));
        var expected = ReferenceMath.LogisticLoss(theta, X, y);
        var loss = Call(t => t.LogisticLoss(theta, X, y), inputs.Seed);
        ExpectNumber("J", expected, loss, inputs.Seed, relative: 1e-7);
    }

    [Fact]
    [Points(2)]
    public void Matches_the_reference_on_a_single_trial()
    {
        var inputs = HiddenInputs();
        var X = inputs.Matrix(1, inputs.Size(2, 6));
        var theta = inputs.Vector(X.GetLength(1));
        var y = inputs.Labels(1);
        var expected = ReferenceMath.LogisticLoss(theta, X, y);
        var loss = Call(t => t.LogisticLoss(theta, X, y), inputs.Seed);
        ExpectNumber("J on one trial", expected, loss, inputs.Seed);
    }
}
