using DecodingChoices.Autograder;
using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.HiddenChecks;

/// <summary>Hidden checks of Exercise 1A: z = Xθ on inputs no student has seen.</summary>
public sealed class Exercise1A_TransformInputsHiddenChecks(ICourseExercises track) : HiddenExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.TransformInputs;

    protected override string DefaultHint => "z[i] is the dot product of row i of X with theta.";

    [Fact]
    [Points(2)]
    public void Matches_X_times_theta_on_a_large_random_matrix()
    {
        var inputs = HiddenInputs();
        var X = inputs.Matrix(inputs.Size(50, 120), inputs.Size(40, 90));
        var theta = inputs.Vector(X.GetLength(1), scale: 0.5);
        var (expected, scale) = ReferenceMath.TransformInputs(theta, X);
        var z = Call(t => t.TransformInputs(theta, X), inputs.Seed);
        ExpectVector("z", expected, z, "one entry per trial (row of X)", inputs.Seed, scale: scale);
    }
}
