using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Numerics;

public sealed class SeededRandomTests
{
    [Fact]
    public void Same_seed_gives_the_same_stream()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ShouldBe(Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Derived_seeds_differ_by_index_and_do_not_depend_on_order()
    {
        var seeds = Enumerable.Range(0, 1000).Select(i => SeededRandom.Derive(7, i)).ToArray();
        seeds.Distinct().Count().ShouldBe(1000);
        SeededRandom.Derive(7, 500).ShouldBe(seeds[500]);
    }

    [Fact]
    public void NextInt_covers_its_range_evenly()
    {
        var random = new SeededRandom(1);
        var counts = new int[6];
        for (var i = 0; i < 60_000; i++)
        {
            counts[random.NextInt(6)]++;
        }

        counts.ShouldAllBe(c => c > 9_500 && c < 10_500);
    }

    [Fact]
    public void NextNormal_has_mean_0_and_variance_1()
    {
        var random = new SeededRandom(3);
        var values = Enumerable.Range(0, 50_000).Select(_ => random.NextNormal()).ToArray();
        values.Average().ShouldBe(0, 0.02);
        values.Average(v => v * v).ShouldBe(1, 0.03);
    }

    [Fact]
    public void Permutation_is_a_permutation()
    {
        var order = new SeededRandom(9).Permutation(50);
        order.Order().ShouldBe(Enumerable.Range(0, 50));
        order.ShouldNotBe(Enumerable.Range(0, 50));
    }
}
