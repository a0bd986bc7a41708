using DecodingChoices.Models;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Models;

/// <summary>
/// LogisticRegression.Fit(X, y) reuses a row-space factorization it made before, recognized by X's content:
/// the same numbers as a fresh factorization, and never a stale one for a changed X. Each test has its own
/// cache (the shared one is used by tests running in parallel).
/// </summary>
public sealed class DesignCacheTests
{
    private static (double[,] X, int[] y) WideData(ulong seed, int rows = 40, int columns = 120)
    {
        var random = new SeededRandom(seed);
        var X = new double[rows, columns];
        var y = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            y[i] = i % 2;
            for (var j = 0; j < columns; j++)
            {
                X[i, j] = random.NextNormal() + (j < 5 ? 0.8 * y[i] : 0);
            }
        }

        return (X, y);
    }

    private static LogisticRegression FitWith(DesignCache? cache, double[,] X, int[] y) => new LogisticRegression().Fit(X, y, cache);

    [Fact]
    public void A_cached_factorization_gives_exactly_what_a_fresh_one_gives()
    {
        var (X, y) = WideData(1);
        var cache = new DesignCache();
        var fresh = new LogisticRegression().Fit(LogisticDesign.Prepare(X, reduce: true), y);

        var first = FitWith(cache, X, y);   // first sight: fitted on X itself
        cache.Find(X).ShouldBeNull();
        var second = FitWith(cache, X, y);  // second sight: factored and cached
        cache.Find(X).ShouldNotBeNull();
        var third = FitWith(cache, X, y);   // served from the cache

        third.Coefficients.ShouldBe(fresh.Coefficients); // bit for bit
        third.Intercept.ShouldBe(fresh.Intercept);
        third.LastFit!.Iterations.ShouldBe(fresh.LastFit!.Iterations);
        second.Coefficients.ShouldBe(fresh.Coefficients);

        // ...and the same fit, to rounding, as without any cache (on X itself, as a single fit runs).
        var uncached = FitWith(null, X, y);
        first.Coefficients.ShouldBe(uncached.Coefficients);
        third.LastFit.Iterations.ShouldBe(uncached.LastFit!.Iterations);
        third.Coefficients.ShouldBe(uncached.Coefficients, 1e-9);
        third.Intercept.ShouldBe(uncached.Intercept, 1e-9);
    }

    [Fact]
    public void A_copy_with_the_same_content_is_recognized()
    {
        var (X, y) = WideData(2);
        var cache = new DesignCache();
        cache.Reduced(X, factorNow: true).ShouldNotBeNull();
        var copy = (double[,])X.Clone();
        cache.Find(copy).ShouldBeSameAs(cache.Find(X));
        FitWith(cache, copy, y).Coefficients.ShouldBe(new LogisticRegression().Fit(LogisticDesign.Prepare(X, reduce: true), y).Coefficients);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(39, 119)]
    [InlineData(17, 60)]
    public void A_mutated_matrix_is_never_served_from_the_cache(int row, int column)
    {
        var (X, y) = WideData(3);
        var cache = new DesignCache();
        var cached = cache.Reduced(X, factorNow: true)!;

        // The smallest possible change, in place (same array): one bit of one value.
        X[row, column] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(X[row, column]) ^ 1);
        cache.Find(X).ShouldBeNull();
        FitWith(cache, X, y).Coefficients.ShouldBe(FitWith(null, X, y).Coefficients); // first sight of the new content: fitted on X
        var refactored = cache.Reduced(X, factorNow: false)!; // second sight: factored again, from the new content
        refactored.ShouldNotBeSameAs(cached);
        FitWith(cache, X, y).Coefficients.ShouldBe(new LogisticRegression().Fit(LogisticDesign.Prepare(X, reduce: true), y).Coefficients);
    }

    [Fact]
    public void Positive_and_negative_zero_are_different_content()
    {
        var (X, _) = WideData(4);
        X[5, 5] = 0.0;
        var cache = new DesignCache();
        cache.Reduced(X, factorNow: true);
        X[5, 5] = -0.0;
        cache.Find(X).ShouldBeNull();
    }

    [Fact]
    public void The_cache_is_bounded_and_keeps_the_most_recent()
    {
        var cache = new DesignCache(capacity: 2);
        var a = WideData(5).X;
        var b = WideData(6).X;
        var c = WideData(7).X;
        cache.Reduced(a, factorNow: true);
        cache.Reduced(b, factorNow: true);
        cache.Find(a).ShouldNotBeNull(); // a is now the most recent
        cache.Reduced(c, factorNow: true);
        cache.Find(a).ShouldNotBeNull();
        cache.Find(c).ShouldNotBeNull();
        cache.Find(b).ShouldBeNull();
    }

    [Fact]
    public void Parallel_fits_through_the_cache_agree_with_sequential_ones()
    {
        var (X, y) = WideData(8);
        var cache = new DesignCache();
        var labels = Enumerable.Range(0, 24).Select(k =>
        {
            var copy = (int[])y.Clone();
            new SeededRandom((ulong)k).Shuffle(copy);
            return copy;
        }).ToArray();
        var reference = new LogisticDesign[] { LogisticDesign.Prepare(X, reduce: true) };
        var expected = labels.Select(l => new LogisticRegression().Fit(reference[0], l).Coefficients).ToArray();

        // Seen twice, so factored: every fit below is on the factorization. (With one warm-up fit, the parallel fits
        // would race to be the second sight, and those that lose fit X itself: equal to rounding, not bit for bit.)
        FitWith(cache, X, y);
        FitWith(cache, X, y);
        cache.Find(X).ShouldNotBeNull("the factorization is cached before the parallel fits");
        var actual = new double[labels.Length][];
        Parallel.For(0, labels.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k => actual[k] = FitWith(cache, X, labels[k]).Coefficients);
        for (var k = 0; k < labels.Length; k++)
        {
            actual[k].ShouldBe(expected[k], $"shuffle {k}");
        }
    }

    [Fact]
    public void Tall_matrices_are_not_reduced() =>
        Should.Throw<ArgumentException>(() => new DesignCache().Reduced(new double[5, 3], factorNow: true));
}
