using DecodingChoices.Autograder;
using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.HiddenChecks;

/// <summary>Hidden checks of Exercise 1E: accuracy on inputs no student has seen.</summary>
public sealed class Exercise1E_EvaluateAccuracyHiddenChecks(ICourseExercises track) : HiddenExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.EvaluateAccuracy;

    protected override string DefaultHint => "Predict 1 when h >= 0.5, count the matches with y, divide by the number of trials.";

    [Fact]
    [Points(2)]
    public void Matches_the_reference_with_a_single_neuron()
    {
        var inputs = HiddenInputs();
        var X = inputs.Matrix(inputs.Size(20, 50), 1);
        var theta = inputs.Vector(1, scale: 2);
        var y = inputs.Labels(X.GetLength(0));
        var expected = ReferenceMath.Accuracy(theta, X, y);
        var accuracy = Call(t => t.EvaluateAccuracy(theta, X, y), inputs.Seed);
        ExpectNumber("accuracy", expected, accuracy, inputs.Seed);
    }
}
