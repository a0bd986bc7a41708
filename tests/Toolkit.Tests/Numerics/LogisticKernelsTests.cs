using DecodingChoices.Numerics;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Numerics;

/// <summary>
/// The loss-and-residuals kernel every fit evaluates: its 8-wide vector pass and its whole-span tail must give the
/// textbook values, entry by entry, at every length (so both paths and the seam between them are covered).
/// </summary>
public sealed class LogisticKernelsTests
{
    public static TheoryData<int> Lengths() => [0, 1, 3, 7, 8, 9, 15, 16, 17, 176, 220, 513];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void CrossEntropyAndResiduals_match_the_formulas_at_every_length(int length)
    {
        const ulong seed = 77;
        var random = new SeededRandom(seed + (ulong)length);
        var z = Enumerable.Range(0, length).Select(i => (i % 5 == 4 ? 40 : 6) * random.NextNormal()).ToArray();
        var y = Enumerable.Range(0, length).Select(_ => random.NextNormal() > 0 ? 1 : 0).ToArray();
        var residuals = new double[length];

        var loss = LogisticKernels.CrossEntropyAndResiduals(z, y, residuals);

        var expectedLoss = 0.0;
        for (var i = 0; i < length; i++)
        {
            // −log σ(z) for y = 1 and −log(1 − σ(z)) for y = 0, written without overflow; the residual is σ(z) − y.
            var term = Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i]))) - y[i] * z[i];
            expectedLoss += term;
            residuals[i].ShouldBe(1 / (1 + Math.Exp(-z[i])) - y[i], 1e-15, $"residual {i} of {length} (z = {z[i]:R}, y = {y[i]}, seed {seed})");
        }

        loss.ShouldBe(expectedLoss, 1e-13 * Math.Max(1, expectedLoss), $"length {length}, seed {seed}");
    }

    [Fact]
    public void An_infinite_logit_on_the_side_of_its_label_costs_nothing()
    {
        // z = −∞ with y = 0: certain and right. Sixteen entries, so the vector pass sees it too.
        var z = Enumerable.Repeat(double.NegativeInfinity, 16).ToArray();
        var residuals = new double[16];
        LogisticKernels.CrossEntropyAndResiduals(z, new int[16], residuals).ShouldBe(0);
        residuals.ShouldAllBe(r => r == 0);
    }

    [Fact]
    public void A_NaN_logit_makes_the_loss_NaN()
    {
        var z = new double[16];
        z[11] = double.NaN;
        double.IsNaN(LogisticKernels.CrossEntropyAndResiduals(z, new int[16], new double[16])).ShouldBeTrue();
    }

    [Fact]
    public void Mismatched_lengths_are_refused() =>
        Should.Throw<ArgumentException>(() => LogisticKernels.CrossEntropyAndResiduals(new double[3], new int[2], new double[3]));
}
