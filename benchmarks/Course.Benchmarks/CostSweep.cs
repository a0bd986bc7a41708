using System.Diagnostics;
using System.Text.Json;
using DecodingChoices.Data;
using DecodingChoices.Inference;
using DecodingChoices.Models;

namespace DecodingChoices.Benchmarks;

/// <summary>
/// How cost grows with the data: trials ∈ {276, 1000, 4000} × neurons ∈ {100, 691, 3000}, seeded stand-in-style data
/// (<see cref="StandInDataGenerator"/>), one default fit and a 100-shuffle test at each size, timed with a Stopwatch
/// (median of a few runs), with the arithmetic each run did, so the time it would take at the machine's peak FLOP
/// rate can be set beside it. <c>sweep-data</c> writes the same data for scikit-learn's side (benchmarks/sklearn_peer.py).
/// </summary>
public static class CostSweep
{
    public static readonly int[] TrialCounts = [276, 1000, 4000];
    public static readonly int[] NeuronCounts = [100, 691, 3000];
    public const int Shuffles = 100;

    public static SpikeDataset Data(int trials, int neurons) =>
        new StandInDataGenerator { Trials = trials, Neurons = neurons }.Generate(StandInDataGenerator.ShippedSeed + (ulong)(trials * 10_000 + neurons));

    /// <summary>X_{trials}x{neurons}.f64 (float64, row-major) and y_{trials}x{neurons}.i32 for every size.</summary>
    public static void WriteData(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (trials, neurons) in Sizes())
        {
            WriteData(folder, $"{trials}x{neurons}", Data(trials, neurons));
        }
    }

    /// <summary>X_{name}.f64 (float64, row-major) and y_{name}.i32 (int32), little-endian, for numpy's fromfile.</summary>
    public static void WriteData(string folder, string name, SpikeDataset data)
    {
        Directory.CreateDirectory(folder);
        var bytes = new byte[data.Spikes.Length * sizeof(double)];
        Buffer.BlockCopy(data.Spikes, 0, bytes, 0, bytes.Length);
        File.WriteAllBytes(Path.Combine(folder, $"X_{name}.f64"), bytes);
        var labels = new byte[data.Choices.Length * sizeof(int)];
        Buffer.BlockCopy(data.Choices, 0, labels, 0, labels.Length);
        File.WriteAllBytes(Path.Combine(folder, $"y_{name}.i32"), labels);
    }

    public static IEnumerable<(int Trials, int Neurons)> Sizes() => TrialCounts.SelectMany(t => NeuronCounts.Select(n => (t, n)));

    /// <summary>Measures every size and writes the results as JSON to <paramref name="output"/>.</summary>
    public static void Run(string output)
    {
        var rows = new List<Dictionary<string, object>>();
        foreach (var (trials, neurons) in Sizes())
        {
            var data = Data(trials, neurons);
            var X = data.Spikes;
            var y = data.Choices;
            var big = (long)trials * neurons > 2_000_000;

            // One fit on data the process has not seen: each run changes one value by one ulp, so the content cache
            // never has it (a user's first fit on new data).
            var fitEvaluations = 0;
            Warm(X, y);
            var fit = Median(big ? 3 : 7, () =>
            {
                X[0, 0] = Math.BitIncrement(X[0, 0]);
                var model = new LogisticRegression().Fit(X, y);
                fitEvaluations = model.LastFit!.Evaluations;
            });
            var fitFlops = fitEvaluations * 4.0 * trials * neurons;

            // 100 shuffles on fresh content each run, so the factorization (when trials < neurons) is in the time.
            long evaluations = 0;
            var shuffles = Median(big ? 2 : 3, () =>
            {
                X[0, 0] = Math.BitIncrement(X[0, 0]);
                var before = BatchedLogisticFits.EvaluationsDone;
                ShuffleTest.Run(X, y, new ResamplingOptions { Count = Shuffles, Seed = 7 });
                evaluations = BatchedLogisticFits.EvaluationsDone - before;
            });
            var reduced = trials < neurons;
            var n = (double)trials;
            var perEvaluation = reduced ? 2 * n * n : 4 * n * neurons;
            var factorization = reduced ? 2 * n * n * (neurons - n / 3) : 0;
            var shuffleFlops = factorization + evaluations * perEvaluation + fitEvaluations * perEvaluation;

            Console.Error.WriteLine($"{trials} x {neurons}: fit {fit * 1e3:F1} ms ({fitEvaluations} evaluations), {Shuffles} shuffles {shuffles:F3} s ({evaluations} evaluations)");
            rows.Add(new()
            {
                ["trials"] = trials,
                ["neurons"] = neurons,
                ["fit_seconds"] = fit,
                ["fit_gflop"] = fitFlops / 1e9,
                ["fit_evaluations"] = fitEvaluations,
                ["shuffles"] = Shuffles,
                ["shuffles_seconds"] = shuffles,
                ["shuffles_gflop"] = shuffleFlops / 1e9,
                ["shuffles_evaluations"] = evaluations,
                ["reduced"] = reduced,
            });
        }

        File.WriteAllText(output, JsonSerializer.Serialize(new { sizes = rows }, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>
    /// Untimed fits first, for at least a second (and at least two), as BenchmarkDotNet warms up until the timings settle:
    /// the timed fits then run the JIT's optimized code, not its first tier. A process's first fits are slower: the
    /// first is 0.1–0.3 s of compiling whatever its size, and until the runtime has promoted the generic SIMD helpers a
    /// small fit took 3–17 ms instead of 1.
    /// </summary>
    private static void Warm(double[,] X, int[] y)
    {
        var clock = Stopwatch.StartNew();
        for (var fits = 0; fits < 2 || (clock.Elapsed.TotalSeconds < 1 && fits < 500); fits++)
        {
            X[0, 0] = Math.BitIncrement(X[0, 0]);
            new LogisticRegression().Fit(X, y);
        }

        ShuffleTest.Run(X, y, new ResamplingOptions { Count = 16, Seed = 1 });
    }

    /// <summary>The median wall-clock seconds of <paramref name="runs"/> runs of <paramref name="work"/>.</summary>
    public static double Median(int runs, Action work)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            times[i] = clock.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
