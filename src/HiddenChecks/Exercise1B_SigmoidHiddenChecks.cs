using DecodingChoices.Autograder;
using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.HiddenChecks;

/// <summary>Hidden checks of Exercise 1B: σ on inputs no student has seen.</summary>
public sealed class Exercise1B_SigmoidHiddenChecks(ICourseExercises track) : HiddenExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.Sigmoid;

    protected override string DefaultHint => "sigma(z[i]) = 1 / (1 + Math.Exp(-z[i])) for every entry, finite for any z.";

    [Fact]
    [Points(2)]
    public void Matches_the_reference_across_the_whole_range()
    {
        var inputs = HiddenInputs();
        var z = inputs.Vector(inputs.Size(30, 80), scale: 400);
        var h = Call(t => t.Sigmoid(z), inputs.Seed);
        ExpectVector("σ(z)", z.Select(ReferenceMath.Sigmoid).ToArray(), h, "one value per entry of z", inputs.Seed, absolute: 1e-15);
    }
}
