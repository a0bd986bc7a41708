using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DecodingChoices.Inference;
using DecodingChoices.Models;

namespace DecodingChoices.Benchmarks;

/// <summary>On the 220 × 691 training split: the tutorial's 1000-shuffle test and the 1000-permutation 5-fold test (seconds each: a few monitored runs).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ModelBenchmarks
{
    [Benchmark]
    public double Shuffle_test_1000() =>
        ShuffleTest.Run(BenchmarkData.Train.Spikes, BenchmarkData.Train.Choices, new ResamplingOptions { Count = 1000 }).PValue;

    [Benchmark]
    public double Permutation_test_1000x5fold() =>
        PermutationTest.Run(BenchmarkData.Train.Spikes, BenchmarkData.Train.Choices, 5, new ResamplingOptions { Count = 1000 }).PValue;
}
