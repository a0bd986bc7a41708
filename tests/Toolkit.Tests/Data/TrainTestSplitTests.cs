using DecodingChoices.Data;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

public sealed class TrainTestSplitTests
{
    [Fact]
    public void Splits_276_trials_into_220_and_56_as_the_tutorial()
    {
        var split = TrainTestSplit.Create(276);
        split.TrainIndices.Length.ShouldBe(220);
        split.TestIndices.Length.ShouldBe(56);
        split.TrainIndices.Concat(split.TestIndices).Order().ShouldBe(Enumerable.Range(0, 276));
    }

    [Fact]
    public void Same_seed_same_split_other_seed_other_split()
    {
        TrainTestSplit.Create(100, seed: 7).TrainIndices.ShouldBe(TrainTestSplit.Create(100, seed: 7).TrainIndices);
        TrainTestSplit.Create(100, seed: 7).TrainIndices.ShouldNotBe(TrainTestSplit.Create(100, seed: 8).TrainIndices);
    }

    [Fact]
    public void Shuffles_rather_than_taking_the_first_trials() =>
        TrainTestSplit.Create(100).TrainIndices.ShouldNotBe(Enumerable.Range(0, 80));

    [Fact]
    public void Apply_gives_the_rows_and_choices_of_each_side()
    {
        var data = BundledData.Load();
        var split = TrainTestSplit.Create(data.TrialCount);
        var (train, test) = split.Apply(data);
        train.Spikes.GetLength(0).ShouldBe(220);
        test.Spikes.GetLength(1).ShouldBe(691);
        var k = split.TestIndices[3];
        test.Choices[3].ShouldBe(data.Choices[k]);
        test.Spikes[3, 100].ShouldBe(data.Spikes[k, 100]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Rejects_a_fraction_outside_0_1(double fraction) =>
        Should.Throw<ArgumentOutOfRangeException>(() => TrainTestSplit.Create(10, trainFraction: fraction));

    [Fact]
    public void Rejects_a_split_that_leaves_a_side_empty() =>
        Should.Throw<ArgumentOutOfRangeException>(() => TrainTestSplit.Create(3, trainFraction: 0.2)).Message.ShouldContain("both need at least one");
}
