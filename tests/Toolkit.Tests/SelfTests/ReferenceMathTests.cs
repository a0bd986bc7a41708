using DecodingChoices.Autograder;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.SelfTests;

/// <summary>The checks' own yardstick agrees with numpy, scipy and scikit-learn.</summary>
public sealed class ReferenceMathTests
{
    private static ExerciseFixtures Fixtures => ExerciseFixtures.Shared;

    [Fact]
    public void Sigmoid_matches_scipy_expit_everywhere_including_the_extremes()
    {
        for (var i = 0; i < Fixtures.Sigmoid.Z.Length; i++)
        {
            var expected = Fixtures.Sigmoid.Expected[i];
            // scipy 1.10 computes 1 / (1 + e^(−z)), which is exactly 0 below z ≈ −709 where the true value is subnormal.
            ReferenceMath.Sigmoid(Fixtures.Sigmoid.Z[i]).ShouldBe(expected, 1e-15 * expected + 1e-300, $"σ({Fixtures.Sigmoid.Z[i]})");
        }
    }

    [Theory]
    [InlineData("small")]
    [InlineData("saturated")]
    [InlineData("ties")]
    public void Transform_loss_and_accuracy_match_numpy(string name)
    {
        var example = name switch { "small" => Fixtures.Small, "saturated" => Fixtures.Saturated, _ => Fixtures.Ties };
        var (z, _) = ReferenceMath.TransformInputs(example.Theta, example.X());
        z.ShouldBe(example.Z, 1e-12);
        ReferenceMath.LogisticLoss(example.Theta, example.X(), example.Y).ShouldBe(example.Loss, 1e-12 * Math.Max(1, example.Loss));
        ReferenceMath.Accuracy(example.Theta, example.X(), example.Y).ShouldBe(example.Accuracy);
    }
}
