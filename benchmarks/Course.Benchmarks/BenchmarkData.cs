using DecodingChoices.Data;

namespace DecodingChoices.Benchmarks;

/// <summary>The tutorial's training split of the bundled data (220 × 691), as every benchmark uses it.</summary>
public static class BenchmarkData
{
    private static readonly Lazy<SpikeDataset> LazyTrain = new(() => TrainTestSplit.Create(276).Apply(BundledData.Load()).Train);

    public static SpikeDataset Train => LazyTrain.Value;
}
