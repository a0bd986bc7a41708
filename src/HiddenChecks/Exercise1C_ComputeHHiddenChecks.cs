using DecodingChoices.Autograder;
using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.HiddenChecks;

/// <summary>Hidden checks of Exercise 1C: h = σ(Xθ) on inputs no student has seen.</summary>
public sealed class Exercise1C_ComputeHHiddenChecks(ICourseExercises track) : HiddenExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.ComputeH;

    protected override string DefaultHint => "h = Sigmoid(TransformInputs(theta, X)).";

    [Fact]
    [Points(2)]
    public void Matches_the_reference_when_there_are_more_neurons_than_trials()
    {
        var inputs = HiddenInputs();
        var X = inputs.Matrix(inputs.Size(3, 6), inputs.Size(20, 40));
        var theta = inputs.Vector(X.GetLength(1), scale: 0.8);
        var (z, _) = ReferenceMath.TransformInputs(theta, X);
        var h = Call(t => t.ComputeH(theta, X), inputs.Seed);
        ExpectVector("h", z.Select(ReferenceMath.Sigmoid).ToArray(), h, "one probability per trial (row of X)", inputs.Seed);
    }
}
