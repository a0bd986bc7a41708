using DecodingChoices.Data;

namespace DecodingChoices.Runner.Json;

/// <summary>The dataset and its split, as shapes.</summary>
internal sealed record DataJson(string Source, int[] Spikes, int[] Choices, int ChoicesOfOne, SplitJson? Split)
{
    public static DataJson From(SpikeDataset data, SpikeDataset? train = null, SpikeDataset? test = null, ulong? seed = null) =>
        new(data.Source, ShapeJson.Of(data.Spikes), ShapeJson.Of(data.Choices), data.CountOfOnes(),
            train is null || test is null ? null
            : new SplitJson(seed ?? 0, ShapeJson.Of(train.Spikes), ShapeJson.Of(train.Choices), ShapeJson.Of(test.Spikes), ShapeJson.Of(test.Choices)));
}

/// <summary>The 80/20 split's shapes (the tutorial's X, y and the held-out trials).</summary>
internal sealed record SplitJson(ulong Seed, int[] TrainSpikes, int[] TrainChoices, int[] TestSpikes, int[] TestChoices);
