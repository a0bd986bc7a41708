using BenchmarkDotNet.Attributes;
using DecodingChoices.Models;

namespace DecodingChoices.Benchmarks;

/// <summary>One default LogisticRegression fit on the 220 × 691 training split, at steady state (JIT-compiled code warmed up).</summary>
[MemoryDiagnoser]
public class FitBenchmarks
{
    [Benchmark]
    public LogisticRegression Default_fit_220x691() => new LogisticRegression().Fit(BenchmarkData.Train.Spikes, BenchmarkData.Train.Choices);
}
