using DecodingChoices.Data;
using DecodingChoices.Inference;
using DecodingChoices.Toolkit.Tests.Models;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Inference;

public sealed class StratifiedKFoldTests
{
    [Fact]
    public void Assigns_the_same_folds_as_scikit_learn_on_the_bundled_data() =>
        StratifiedKFold.Assign(BundledData.Load().Choices, 5).ShouldBe(ScikitLearnFixtures.Shared.Cv.Folds);

    [Fact]
    public void Assigns_the_same_folds_as_scikit_learn_on_permuted_labels()
    {
        var y = BundledData.Load().Choices;
        var cv = ScikitLearnFixtures.Shared.Cv;
        for (var p = 0; p < cv.Permutations.Length; p++)
        {
            var permuted = cv.Permutations[p].Select(i => y[i]).ToArray();
            StratifiedKFold.Assign(permuted, 5).ShouldBe(cv.PermutedFolds[p], $"permutation {p}");
        }
    }

    [Fact]
    public void Keeps_class_proportions_in_every_fold()
    {
        int[] labels = [.. Enumerable.Repeat(0, 30), .. Enumerable.Repeat(1, 70)];
        var folds = StratifiedKFold.Assign(labels, 5);
        for (var fold = 0; fold < 5; fold++)
        {
            var members = Enumerable.Range(0, 100).Where(i => folds[i] == fold).ToList();
            members.Count.ShouldBe(20);
            members.Count(i => labels[i] == 1).ShouldBe(14);
        }
    }

    [Fact]
    public void A_class_smaller_than_the_folds_is_a_clear_error() =>
        Should.Throw<ArgumentException>(() => StratifiedKFold.Assign([0, 0, 0, 0, 0, 1, 1], 5))
            .Message.ShouldStartWith("Class 1 has only 2 trials, fewer than the 5 folds");
}
