using BenchmarkDotNet.Attributes;
using DecodingChoices.Models;

namespace DecodingChoices.Benchmarks;

/// <summary>
/// One default LogisticRegression fit on the 220 × 691 training split, at steady state (JIT-compiled code warmed up):
/// on a matrix fitted before (its row-space factorization comes from the content cache), and on a matrix the process
/// has not seen (each call changes one value by one ulp: fitted on X itself, as a user's first fit on new data).
/// </summary>
[MemoryDiagnoser]
public class FitBenchmarks
{
    private double[,] _fresh = null!;

    [GlobalSetup]
    public void Setup() => _fresh = (double[,])BenchmarkData.Train.Spikes.Clone();

    [Benchmark]
    public LogisticRegression Default_fit_220x691() => new LogisticRegression().Fit(BenchmarkData.Train.Spikes, BenchmarkData.Train.Choices);

    [Benchmark]
    public LogisticRegression First_fit_on_new_data_220x691()
    {
        _fresh[0, 0] = Math.BitIncrement(_fresh[0, 0]);
        return new LogisticRegression().Fit(_fresh, BenchmarkData.Train.Choices);
    }
}
