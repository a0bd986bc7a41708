using DecodingChoices.Data;
using DecodingChoices.Inference;
using DecodingChoices.Models;
using DecodingChoices.Numerics;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace DecodingChoices.Toolkit.Tests.Models;

/// <summary>
/// The batched engine of the shuffle and permutation tests against the row-by-row path (LogisticFitter): the same
/// iterations and stopping reasons, the same coefficients bit for bit (both compute every sum as the same chain of
/// fused multiply-adds), for shuffles, for folds (trial subsets), on a reduced and on a plain design, with lanes
/// refilled as fits end at different times.
/// </summary>
public sealed class BatchedLogisticFitsTests(ITestOutputHelper output)
{
    private static SpikeDataset Train { get; } = TrainTestSplit.Create(276).Apply(BundledData.Load()).Train;

    private static int[] Shuffled(int[] y, int index)
    {
        var labels = (int[])y.Clone();
        new SeededRandom(SeededRandom.Derive(77, index)).Shuffle(labels);
        return labels;
    }

    public static TheoryData<int, bool> Designs() => new() { { 691, true }, { 40, false }, { 300, true } };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Batched_shuffle_fits_take_the_row_by_row_steps(int neurons, bool reduced)
    {
        var X = Matrices.Slice(Train.Spikes, Train.TrialCount, neurons);
        var y = Train.Choices;
        var design = reduced ? LogisticDesign.Prepare(X, reduce: true) : LogisticDesign.Prepare(X, reduce: false).WithColumns();
        var model = new LogisticRegression();
        const int count = 37; // three batches' worth of lanes, the last one partly empty
        var batched = RunBatched(design, model, count, (index, labels, trials) =>
        {
            Shuffled(y, index).CopyTo(labels);
            for (var i = 0; i < trials.Length; i++)
            {
                trials[i] = i;
            }

            return trials.Length;
        });

        var rowByRow = ModelFitter(model, design);
        var iterations = new List<int>();
        var worst = 0.0;
        for (var index = 0; index < count; index++)
        {
            var (parameters, report) = rowByRow.Fit(Shuffled(y, index));
            var (actual, outcome) = batched[index];
            outcome.Iterations.ShouldBe(report.Iterations, $"shuffle {index}");
            outcome.Status.ShouldBe(report.Status, $"shuffle {index}");
            outcome.Evaluations.ShouldBe(report.Evaluations, $"shuffle {index}");
            worst = Math.Max(worst, actual.Zip(parameters, (a, b) => Math.Abs(a - b)).Max());
            actual.ShouldBe(parameters, $"shuffle {index}"); // bit for bit: the same FMA chains
            outcome.Objective.ShouldBe(report.Objective);

            iterations.Add(report.Iterations);
        }

        output.WriteLine($"{neurons} neurons, reduced {reduced}: iterations {iterations.Min()}–{iterations.Max()}, largest difference {worst:E2}");
        worst.ShouldBe(0);
        iterations.Distinct().Count().ShouldBeGreaterThan(1, "fits end at different times, so lanes are refilled mid-batch");
    }

    [Fact]
    public void Batched_fold_fits_take_the_row_by_row_steps()
    {
        var design = LogisticDesign.Prepare(Train.Spikes);
        var y = Train.Choices;
        var model = new LogisticRegression();
        const int folds = 5;
        const int count = 4 * folds;
        (int[] Labels, int[] Train) Problem(int problem)
        {
            var labels = Shuffled(y, problem / folds);
            var (train, _) = StratifiedKFold.Split(StratifiedKFold.Assign(labels, folds), problem % folds);
            return (labels, train);
        }

        var batched = RunBatched(design, model, count, (index, labels, trials) =>
        {
            var (l, train) = Problem(index);
            l.CopyTo(labels);
            train.CopyTo(trials);
            return train.Length;
        });

        for (var index = 0; index < count; index++)
        {
            var (labels, train) = Problem(index);
            var (parameters, report) = ModelFitter(model, design.SelectRows(train)).Fit(train.Select(i => labels[i]).ToArray());
            var (actual, outcome) = batched[index];
            outcome.Iterations.ShouldBe(report.Iterations, $"problem {index}");
            outcome.Status.ShouldBe(report.Status, $"problem {index}");
            actual.ShouldBe(parameters, $"problem {index}"); // bit for bit
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Results_do_not_depend_on_the_number_of_threads(int threads)
    {
        var design = LogisticDesign.Prepare(Train.Spikes);
        var y = Train.Choices;
        int Source(int index, Span<int> labels, Span<int> trials)
        {
            Shuffled(y, index).CopyTo(labels);
            for (var i = 0; i < trials.Length; i++)
            {
                trials[i] = i;
            }

            return trials.Length;
        }

        var one = RunBatched(design, new LogisticRegression(), 40, Source, threads: 1);
        var many = RunBatched(design, new LogisticRegression(), 40, Source, threads);
        for (var index = 0; index < 40; index++)
        {
            many[index].Parameters.ShouldBe(one[index].Parameters); // bit for bit
        }
    }

    [Theory]
    [InlineData(13, 13, true)]
    [InlineData(21, 37, true)]
    [InlineData(30, 7, false)]
    [InlineData(301, 11, false)] // a tall A: the transposed product goes over it in slabs of rows
    [InlineData(5, 9, false)]
    public void Kernel_paths_agree_bit_for_bit_and_with_plain_sums(int rows, int columns, bool triangular)
    {
        var random = new SeededRandom((ulong)(rows * 100 + columns));
        var a = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                a[i * columns + j] = triangular && j > i ? 0 : random.NextNormal();
            }
        }

        const int width = BatchKernels.Width;
        var p = Enumerable.Range(0, columns * width).Select(_ => random.NextNormal()).ToArray();
        var r = Enumerable.Range(0, rows * width).Select(_ => random.NextNormal()).ToArray();
        var paths = new List<BatchKernels.Path> { BatchKernels.Path.Scalar };
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            paths.Add(BatchKernels.Path.Vector256);
        }

        if (System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
        {
            paths.Add(BatchKernels.Path.Vector512);
        }

        var zScalar = new double[rows * width];
        var gScalar = new double[columns * width];
        BatchKernels.Multiply(a, rows, columns, triangular, p, zScalar, BatchKernels.Path.Scalar);
        BatchKernels.MultiplyTransposed(a, rows, columns, triangular, r, p, 0.5, gScalar, BatchKernels.Path.Scalar);
        foreach (var path in paths)
        {
            var z = new double[rows * width];
            var g = new double[columns * width];
            BatchKernels.Multiply(a, rows, columns, triangular, p, z, path);
            BatchKernels.MultiplyTransposed(a, rows, columns, triangular, r, p, 0.5, g, path);
            z.ShouldBe(zScalar, $"{path}");
            g.ShouldBe(gScalar, $"{path}");
        }

        for (var k = 0; k < width; k++)
        {
            for (var i = 0; i < rows; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < columns; j++)
                {
                    sum += a[i * columns + j] * p[j * width + k];
                }

                zScalar[i * width + k].ShouldBe(sum, 1e-12 * columns);
            }

            for (var j = 0; j < columns; j++)
            {
                var sum = 0.5 * p[j * width + k];
                for (var i = 0; i < rows; i++)
                {
                    sum += a[i * columns + j] * r[i * width + k];
                }

                gScalar[j * width + k].ShouldBe(sum, 1e-12 * rows);
            }
        }
    }

    private static LogisticFitter ModelFitter(LogisticRegression model, LogisticDesign design) =>
        new(design, model.EffectiveC, model.FitIntercept, model.Tolerance, model.MaxIterations, model.RelativeDecreaseTolerance);

    private static (double[] Parameters, BatchedLogisticFits.FitOutcome Outcome)[] RunBatched(
        LogisticDesign design, LogisticRegression model, int count, BatchedLogisticFits.ProblemSource source, int threads = 2)
    {
        var results = new (double[], BatchedLogisticFits.FitOutcome)[count];
        new BatchedLogisticFits(design, model).Run(count, source, (index, parameters, _, in outcome) => results[index] = (parameters.ToArray(), outcome), threads, CancellationToken.None);
        return results;
    }
}
