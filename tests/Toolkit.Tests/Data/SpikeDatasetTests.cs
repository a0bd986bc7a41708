using DecodingChoices.Data;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

public sealed class SpikeDatasetTests
{
    [Fact]
    public void Choices_must_match_the_trials() =>
        Should.Throw<DatasetException>(() => SpikeDataset.Create(new double[3, 2], [0, 1], "x.npz")).Message
            .ShouldBe("x.npz: spikes has 3 trials (shape (3, 2)) but choices has 2 (shape (2,)): there must be one choice per trial.");

    [Fact]
    public void Empty_data_is_rejected() =>
        Should.Throw<DatasetException>(() => SpikeDataset.Create(new double[0, 5], [], "x.npz")).Message.ShouldContain("at least one trial and one neuron");

    [Fact]
    public void NaN_is_located_by_trial_and_neuron()
    {
        var spikes = new double[3, 4];
        spikes[2, 1] = double.NaN;
        Should.Throw<DatasetException>(() => SpikeDataset.Create(spikes, [0, 1, 0], "x.npz")).Message
            .ShouldContain("spikes[2, 1] (trial 2, neuron 1) is NaN");
    }

    [Fact]
    public void Labels_other_than_0_and_1_are_rejected() =>
        Should.Throw<DatasetException>(() => SpikeDataset.Create(new double[2, 1], [0, 2], "x.npz")).Message.ShouldContain("choices[1] is 2");

    [Fact]
    public void Subset_copies_the_trials_in_the_given_order()
    {
        var data = SpikeDataset.Create(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, [0, 1, 1], "x");
        var subset = data.Subset([2, 0]);
        subset.Spikes.ShouldBe(new double[,] { { 5, 6 }, { 1, 2 } });
        subset.Choices.ShouldBe([1, 0]);
        subset.Spikes[0, 0] = 99;
        data.Spikes[2, 0].ShouldBe(5);
    }
}
