using DecodingChoices.Data;
using DecodingChoices.Inference;
using DecodingChoices.Models;
using DecodingChoices.Toolkit.Tests.Models;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Inference;

public sealed class PermutationTestTests
{
    private static ScikitLearnFixtures.CrossValidation Cv => ScikitLearnFixtures.Shared.Cv;

    [Fact]
    public void Cross_validated_scores_are_scikit_learns()
    {
        var data = BundledData.Load();
        var scores = PermutationTest.CrossValidate(LogisticDesign.Prepare(data.Spikes), data.Choices, 5, new ResamplingOptions());
        scores.ShouldBe(Cv.Scores, 1e-12);
    }

    [Fact]
    public void Scores_on_permuted_choices_are_scikit_learns()
    {
        var data = BundledData.Load();
        var design = LogisticDesign.Prepare(data.Spikes);
        for (var p = 0; p < Cv.Permutations.Length; p++)
        {
            var permuted = Cv.Permutations[p].Select(i => data.Choices[i]).ToArray();
            PermutationTest.CrossValidate(design, permuted, 5, new ResamplingOptions()).ShouldBe(Cv.PermutedScores[p], 1e-12, $"permutation {p}");
        }
    }

    [Fact]
    public void Result_does_not_depend_on_the_number_of_threads()
    {
        var data = BundledData.Load();
        var one = PermutationTest.Run(data.Spikes, data.Choices, 5, new ResamplingOptions { Count = 8, Seed = 3, MaxDegreeOfParallelism = 1 });
        var two = PermutationTest.Run(data.Spikes, data.Choices, 5, new ResamplingOptions { Count = 8, Seed = 3, MaxDegreeOfParallelism = 2 });
        var four = PermutationTest.Run(data.Spikes, data.Choices, 5, new ResamplingOptions { Count = 8, Seed = 3, MaxDegreeOfParallelism = 4 });
        two.PermutationScores.ShouldBe(one.PermutationScores);
        four.PermutationScores.ShouldBe(one.PermutationScores);
        one.Score.ShouldBe(Cv.Scores.Average(), 1e-12);
    }

    [Fact]
    public void Real_choices_beat_every_permutation_and_the_p_value_counts_them()
    {
        var data = BundledData.Load();
        var result = PermutationTest.Run(data.Spikes, data.Choices, 5, new ResamplingOptions { Count = 19, Seed = 5 });
        result.PermutationScores.Length.ShouldBe(19);
        result.PermutationScores.ShouldAllBe(s => s < result.Score);
        result.PValue.ShouldBe(1.0 / 20);
        result.MeanPermutationScore.ShouldBeInRange(0.35, 0.65);
    }

    [Fact]
    public void Too_many_folds_for_a_class_fails_before_any_work() =>
        Should.Throw<ArgumentException>(() => PermutationTest.Run(new double[,] { { 0 }, { 1 }, { 2 }, { 3 } }, [0, 1, 0, 1], 3))
            .Message.ShouldContain("fewer than the 3 folds");
}
