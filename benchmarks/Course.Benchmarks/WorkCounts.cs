using System.Text.Json;
using DecodingChoices.Inference;
using DecodingChoices.Models;
using DecodingChoices.Optimization;
using DecodingChoices.Randomness;
using DecodingChoices.Runner.Progress;
using DecodingChoices.Runner.Tutorial;
using DecodingChoices.Solutions;

namespace DecodingChoices.Benchmarks;

/// <summary>
/// The arithmetic (floating-point operations) each side-by-side task does on the 220 × 691 training split, counted
/// from one run of it: evaluations × the operations of one evaluation (two products with the design: 2n² on the
/// n × n triangular factor, 4np on X), plus the factorization 2n²(p − n/3) where it is made. With the measured peak
/// FLOP rate this gives the fastest each task could possibly run, and the fraction of that reached.
/// </summary>
public static class WorkCounts
{
    public static void Run(string output)
    {
        var X = BenchmarkData.Train.Spikes;
        var y = BenchmarkData.Train.Choices;
        double n = X.GetLength(0), p = X.GetLength(1);
        var reducedEvaluation = 2 * n * n;
        var fullEvaluation = 4 * n * p;
        var factorization = 2 * n * n * (p - n / 3);
        var expand = 4 * n * p; // w = Qβ: n reflectors, a dot and an axpy each
        var score = 2 * n * p;

        var copy = (double[,])X.Clone();
        copy[0, 0] = Math.BitIncrement(copy[0, 0]);
        var first = new LogisticRegression().Fit(copy, y).LastFit!.Evaluations;
        new LogisticRegression().Fit(X, y);
        new LogisticRegression().Fit(X, y);
        var cached = new LogisticRegression().Fit(X, y).LastFit!.Evaluations;

        var before = BatchedLogisticFits.EvaluationsDone;
        ShuffleTest.Run(X, y, new ResamplingOptions { Count = 1000, Seed = 2024 });
        var shuffleEvaluations = BatchedLogisticFits.EvaluationsDone - before;

        before = BatchedLogisticFits.EvaluationsDone;
        Exercise2Walkthrough.ShuffledAccuracies(new ReferenceExercises(), BenchmarkData.Train, 1000, 2024, new SilentProgress());
        var walkthroughEvaluations = BatchedLogisticFits.EvaluationsDone - before;

        long studentEvaluations = 0;
        var random = new SeededRandom(2024);
        for (var i = 0; i < 1000; i++)
        {
            var shuffled = (int[])y.Clone();
            random.Shuffle(shuffled);
            studentEvaluations += new LogisticRegression().Fit(X, shuffled).LastFit!.Evaluations;
        }

        before = BatchedLogisticFits.EvaluationsDone;
        PermutationTest.Run(X, y, 5, new ResamplingOptions { Count = 1000, Seed = 2024 });
        var permutationEvaluations = BatchedLogisticFits.EvaluationsDone - before;

        var fromLoss = Minimizer.Minimize(theta => StudentCode.LogisticLoss(theta, X, y), new double[(int)p], new MinimizeOptions());

        var gflop = new Dictionary<string, double>
        {
            ["first_fit"] = first * fullEvaluation / 1e9,
            ["default_fit"] = (cached * reducedEvaluation + expand) / 1e9,
            ["shuffle_test"] = (shuffleEvaluations * reducedEvaluation + factorization) / 1e9,
            ["walkthrough_2A"] = (walkthroughEvaluations * reducedEvaluation + factorization) / 1e9,
            ["student_2A_loop"] = (studentEvaluations * reducedEvaluation + factorization + 1000 * (expand + score)) / 1e9,
            ["permutation_test"] = (permutationEvaluations * reducedEvaluation + factorization) / 1e9,
            ["fit_from_loss"] = fromLoss.ObjectiveCalls * 2 * n * p / 1e9,
        };
        var (all, one, vector) = PeakFlops.Measure();
        var report = new
        {
            peak_gflops = all,
            peak_gflops_one_core = one,
            vector,
            cores = Environment.ProcessorCount,
            gflop,
            evaluations = new { first, cached, shuffleEvaluations, walkthroughEvaluations, studentEvaluations, permutationEvaluations, fromLossCalls = fromLoss.ObjectiveCalls, fromLossIterations = fromLoss.Iterations },
        };
        File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        Console.Error.WriteLine($"peak {all:F1} GFLOP/s on {Environment.ProcessorCount} cores ({one:F1} on one, {vector})");
    }
}
