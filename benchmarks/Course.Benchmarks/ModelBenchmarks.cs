using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DecodingChoices.Inference;
using DecodingChoices.Models;

namespace DecodingChoices.Benchmarks;

/// <summary>One default fit, the tutorial's 1000-shuffle test and the 1000-permutation 5-fold test.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ModelBenchmarks
{
    [Benchmark]
    public LogisticRegression Default_fit_220x691() => new LogisticRegression().Fit(BenchmarkData.Train.Spikes, BenchmarkData.Train.Choices);

    [Benchmark]
    public ShuffleTestResult Shuffle_test_1000() =>
        ShuffleTest.Run(BenchmarkData.Train.Spikes, BenchmarkData.Train.Choices, new ResamplingOptions { Count = 1000 });

    [Benchmark]
    public PermutationTestResult Permutation_test_1000x5fold() =>
        PermutationTest.Run(BenchmarkData.All.Spikes, BenchmarkData.All.Choices, 5, new ResamplingOptions { Count = 1000 });
}
