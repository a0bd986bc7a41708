using BenchmarkDotNet.Attributes;
using DecodingChoices.Numerics;

namespace DecodingChoices.Benchmarks;

/// <summary>Student-style loops against the TensorPrimitives kernels, on 220 × 691.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private double[,] _x = null!;
    private double[] _theta = null!;
    private double[] _z = null!;
    private double[] _h = null!;
    private double[] _g = null!;
    private double[] _scratch = null!;
    private int[] _y = null!;

    [GlobalSetup]
    public void Setup()
    {
        var train = BenchmarkData.Train;
        _x = train.Spikes;
        _y = train.Choices;
        _theta = [.. Enumerable.Range(0, train.NeuronCount).Select(j => Math.Sin(j) * 0.01)];
        _z = new double[train.TrialCount];
        _h = new double[train.TrialCount];
        _scratch = new double[train.TrialCount];
        _g = new double[train.NeuronCount];
        NaiveKernels.MultiplyMatrixVector(_x, _theta, _z);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Xθ")]
    public void Naive_X_theta() => NaiveKernels.MultiplyMatrixVector(_x, _theta, _z);

    [Benchmark, BenchmarkCategory("Xθ")]
    public void Simd_X_theta() => LogisticKernels.MultiplyMatrixVector(_x.AsReadOnlySpan(), _theta, _z);

    [Benchmark, BenchmarkCategory("Xᵀr")]
    public void Naive_X_transposed_r() => NaiveKernels.MultiplyTransposedMatrixVector(_x, _z, _g);

    [Benchmark, BenchmarkCategory("Xᵀr")]
    public void Simd_X_transposed_r() => LogisticKernels.MultiplyTransposedMatrixVector(_x.AsReadOnlySpan(), _z, _g);

    [Benchmark, BenchmarkCategory("σ")]
    public void Naive_sigmoid() => NaiveKernels.Sigmoid(_z, _h);

    [Benchmark, BenchmarkCategory("σ")]
    public void Simd_sigmoid() => LogisticKernels.Sigmoid(_z, _h);

    [Benchmark, BenchmarkCategory("loss")]
    public double Naive_loss() => NaiveKernels.MeanLoss(_x, _theta, _y, _z);

    [Benchmark, BenchmarkCategory("loss")]
    public double Simd_loss()
    {
        LogisticKernels.MultiplyMatrixVector(_x.AsReadOnlySpan(), _theta, _z);
        return LogisticKernels.SumCrossEntropyFromLogits(_z, _y, _scratch) / _z.Length;
    }
}
