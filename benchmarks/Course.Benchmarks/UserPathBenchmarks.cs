using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DecodingChoices.Inference;
using DecodingChoices.Models;
using DecodingChoices.Optimization;
using DecodingChoices.Randomness;
using DecodingChoices.Runner.Progress;
using DecodingChoices.Runner.Tutorial;
using DecodingChoices.Solutions;

namespace DecodingChoices.Benchmarks;

/// <summary>
/// What users run, timed as they run it, on the 220 × 691 training split: the runner's walkthrough 2A (its own
/// Exercise2Walkthrough code on the reference track), a student's plain 2A loop, the student's
/// 1E fit from a plain-loop loss by finite differences, and the cross-validated permutation test.
/// </summary>
// Three warm-up runs (the first compiles the code), then nine measured: on this shared 2-core machine a run of five
// varied by up to 25 % between sessions.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 9)]
public class UserPathBenchmarks
{
    private double[,] _x = null!;
    private int[] _y = null!;

    [GlobalSetup]
    public void Setup()
    {
        _x = BenchmarkData.Train.Spikes;
        _y = BenchmarkData.Train.Choices;
    }

    /// <summary>
    /// The walkthrough's 2A exactly as the runner runs it: Exercise2Walkthrough.ShuffledAccuracies on the reference
    /// track (its chunks, its checks of each chunk), with the progress display silent.
    /// </summary>
    [Benchmark]
    public double[] Walkthrough_2A_1000() =>
        Exercise2Walkthrough.ShuffledAccuracies(new ReferenceExercises(), BenchmarkData.Train, 1000, 2024, new SilentProgress());

    /// <summary>A student's 2A as the stub's comment and INSTRUCTIONS.md ask: one thread, a new model per shuffle.</summary>
    [Benchmark]
    public double[] Student_2A_loop_1000() => StudentCode.ShuffledAccuracies(_x, _y, 1000, new SeededRandom(2024));

    /// <summary>The walkthrough's 1E: minimize(logistic_loss, θ = 0) from a plain-loop loss, gradient by finite differences.</summary>
    [Benchmark]
    public MinimizeResult Student_1E_fit_from_plain_loop_loss() =>
        Minimizer.Minimize(theta => StudentCode.LogisticLoss(theta, _x, _y), new double[_x.GetLength(1)], new MinimizeOptions());

    /// <summary>The walkthrough's permutation test (Exercise2Walkthrough.PermutationTest): 1000 permutations, 5 folds.</summary>
    [Benchmark]
    public double Permutation_test_1000x5fold() =>
        PermutationTest.Run(_x, _y, 5, new ResamplingOptions { Count = 1000, Seed = 2024 }).PValue;

    /// <summary>The library's shuffle test, ShuffleTest.Run, for comparison with the walkthrough's chunks.</summary>
    [Benchmark]
    public double Shuffle_test_1000() => ShuffleTest.Run(_x, _y, new ResamplingOptions { Count = 1000, Seed = 2024 }).PValue;

    /// <summary>The same on one core: the yardstick for a student's sequential 2A loop.</summary>
    [Benchmark]
    public double Shuffle_test_1000_one_core() =>
        ShuffleTest.Run(_x, _y, new ResamplingOptions { Count = 1000, Seed = 2024, MaxDegreeOfParallelism = 1 }).PValue;
}
