using DecodingChoices.Optimization;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

/// <summary>
/// The L-BFGS direction equals the textbook two-loop recursion (Nocedal &amp; Wright,
/// Algorithm 7.4) written out plainly, with the memory full, part-full, wrapped around and empty.
/// </summary>
public sealed class LbfgsMemoryTests
{
    [Theory]
    [InlineData(0, 17)]
    [InlineData(3, 221)]
    [InlineData(10, 221)]  // full
    [InlineData(14, 9)]    // wrapped around: the oldest pairs forgotten
    [InlineData(10, 5)]    // shorter than one vector
    public void Direction_is_the_textbook_two_loop_recursion(int pairs, int dimension)
    {
        const int capacity = 10;
        var seed = (ulong)(pairs * 1000 + dimension);
        var random = new SeededRandom(seed);
        var memory = new LbfgsMemory(new double[LbfgsMemory.Length(dimension, capacity)], 0, dimension, capacity);
        var remembered = new List<(double[] S, double[] Y)>();
        for (var p = 0; p < pairs; p++)
        {
            var s = Vector(random, dimension);
            var y = s.Select(v => 2 * v + 0.1 * random.NextNormal()).ToArray(); // sᵀy > 0
            s.CopyTo(memory.PendingStep);
            y.CopyTo(memory.PendingGradientChange);
            memory.TryCommit(-1).ShouldBeTrue($"pair {p}, seed {seed}");
            remembered.Add((s, y));
        }

        var gradient = Vector(random, dimension);
        var direction = new double[dimension];
        memory.ComputeDirection(gradient, direction);

        var kept = remembered.Skip(Math.Max(0, pairs - capacity)).ToList();
        var expected = Textbook(gradient, kept);
        for (var i = 0; i < dimension; i++)
        {
            direction[i].ShouldBe(expected[i], 1e-12 * Math.Max(1, Math.Abs(expected[i])), $"component {i}, {pairs} pairs, seed {seed}");
        }
    }

    private static double[] Vector(SeededRandom random, int length) => [.. Enumerable.Range(0, length).Select(_ => random.NextNormal())];

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    /// <summary>−H∇f by the two-loop recursion, newest pair first, H₀ = (sᵀy / yᵀy)·I from the newest pair.</summary>
    private static double[] Textbook(double[] gradient, List<(double[] S, double[] Y)> pairs)
    {
        var q = gradient.Select(g => -g).ToArray();
        var alphas = new double[pairs.Count];
        for (var k = pairs.Count - 1; k >= 0; k--)
        {
            var (s, y) = pairs[k];
            alphas[k] = Dot(s, q) / Dot(s, y);
            for (var i = 0; i < q.Length; i++)
            {
                q[i] -= alphas[k] * y[i];
            }
        }

        var gamma = pairs.Count == 0 ? 1 : Dot(pairs[^1].S, pairs[^1].Y) / Dot(pairs[^1].Y, pairs[^1].Y);
        for (var i = 0; i < q.Length; i++)
        {
            q[i] *= gamma;
        }

        for (var k = 0; k < pairs.Count; k++)
        {
            var (s, y) = pairs[k];
            var beta = Dot(y, q) / Dot(s, y);
            for (var i = 0; i < q.Length; i++)
            {
                q[i] += (alphas[k] - beta) * s[i];
            }
        }

        return q;
    }
}
