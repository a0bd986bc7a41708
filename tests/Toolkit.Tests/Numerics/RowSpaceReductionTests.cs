using DecodingChoices.Numerics;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Numerics;

public sealed class RowSpaceReductionTests
{
    private static double[] RandomMatrix(int rows, int columns, ulong seed)
    {
        var random = new SeededRandom(seed);
        return [.. Enumerable.Range(0, rows * columns).Select(_ => random.NextNormal())];
    }

    [Theory]
    [InlineData(5, 12)]
    [InlineData(7, 7)]
    [InlineData(30, 91)]
    public void L_times_Q_transpose_gives_back_X(int rows, int columns)
    {
        var X = RandomMatrix(rows, columns, (ulong)(rows * 1000 + columns));
        var reduction = RowSpaceReduction.Create(X, rows, columns);

        // Row i of X is Q·(row i of L), since X = L Qᵀ means Xᵀ = Q Lᵀ.
        var row = new double[columns];
        for (var i = 0; i < rows; i++)
        {
            reduction.Expand(reduction.Lower.AsSpan(i * rows, rows), row);
            for (var j = 0; j < columns; j++)
            {
                row[j].ShouldBe(X[i * columns + j], 1e-12, $"X[{i}, {j}]");
            }
        }
    }

    [Fact]
    public void L_is_lower_triangular()
    {
        var reduction = RowSpaceReduction.Create(RandomMatrix(6, 10, 3), 6, 10);
        for (var i = 0; i < 6; i++)
        {
            for (var j = i + 1; j < 6; j++)
            {
                reduction.Lower[i * 6 + j].ShouldBe(0);
            }
        }
    }

    [Fact]
    public void Expand_preserves_lengths_and_inner_products()
    {
        var reduction = RowSpaceReduction.Create(RandomMatrix(8, 20, 4), 8, 20);
        var random = new SeededRandom(5);
        var a = Enumerable.Range(0, 8).Select(_ => random.NextNormal()).ToArray();
        var b = Enumerable.Range(0, 8).Select(_ => random.NextNormal()).ToArray();
        var qa = new double[20];
        var qb = new double[20];
        reduction.Expand(a, qa);
        reduction.Expand(b, qb);
        qa.Zip(qb, (x, y) => x * y).Sum().ShouldBe(a.Zip(b, (x, y) => x * y).Sum(), 1e-12);
        qa.Sum(x => x * x).ShouldBe(a.Sum(x => x * x), 1e-12);
    }

    [Fact]
    public void Handles_repeated_and_zero_rows()
    {
        var X = RandomMatrix(4, 9, 6);
        Array.Copy(X, 0, X, 9, 9); // row 1 = row 0: rank deficient
        Array.Clear(X, 27, 9);     // row 3 = 0
        var reduction = RowSpaceReduction.Create(X, 4, 9);
        var row = new double[9];
        for (var i = 0; i < 4; i++)
        {
            reduction.Expand(reduction.Lower.AsSpan(i * 4, 4), row);
            row.ShouldBe(X.AsSpan(i * 9, 9).ToArray(), 1e-12);
        }

        reduction.Lower.ShouldAllBe(v => double.IsFinite(v));
    }

    [Theory]
    [InlineData(30, 91, 1)]
    [InlineData(7, 7, 2)]
    public void ExpandedMaxAbs_is_the_max_norm_of_the_expanded_gradient(int rows, int columns, ulong seed)
    {
        var reduction = RowSpaceReduction.Create(RandomMatrix(rows, columns, seed), rows, columns);
        var random = new SeededRandom(seed + 100);
        var g = Enumerable.Range(0, rows).Select(_ => random.NextNormal()).ToArray();
        var w = new double[columns];
        reduction.Expand(g, w);
        var max = w.Max(Math.Abs);

        reduction.ExpandedMaxAbs(g).ShouldBe(max, 1e-12, $"seed {seed}");

        // With a threshold it may stop early, but only with a component above the threshold (never above the max),
        // and it says "above" exactly when the max is.
        foreach (var threshold in new[] { 0.0, 0.5 * max, 0.99 * max, 1.01 * max, 10 * max })
        {
            var bound = reduction.ExpandedMaxAbs(g, stopAbove: threshold);
            (bound > threshold).ShouldBe(max > threshold, $"threshold {threshold}, max {max}, seed {seed}");
            bound.ShouldBeLessThanOrEqualTo(max + 1e-12, $"threshold {threshold}, seed {seed}");
        }
    }

    [Fact]
    public void ExpandedMaxAbs_propagates_NaN()
    {
        var reduction = RowSpaceReduction.Create(RandomMatrix(5, 12, 9), 5, 12);
        double.IsNaN(reduction.ExpandedMaxAbs([1, double.NaN, 0, 0, 0])).ShouldBeTrue();
        double.IsNaN(reduction.ExpandedMaxAbs([1, double.NaN, 0, 0, 0], stopAbove: 1e-6)).ShouldBeTrue();
    }

    [Fact]
    public void Rejects_tall_matrices() =>
        Should.Throw<ArgumentException>(() => RowSpaceReduction.Create(new double[12], 4, 3));
}
