namespace DecodingChoices.Randomness;

/// <summary>
/// A small, fast, reproducible random number generator (xoshiro256**, seeded through SplitMix64).
/// The same seed gives the same numbers on every machine, .NET version and thread, which
/// <see cref="System.Random"/> does not promise; the course relies on that for its split, its
/// stand-in data and its shuffle tests.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double? _spareNormal;

    /// <summary>Starts the stream for <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed)
    {
        Seed = seed;
        var sm = seed;
        _s0 = SplitMix64(ref sm);
        _s1 = SplitMix64(ref sm);
        _s2 = SplitMix64(ref sm);
        _s3 = SplitMix64(ref sm);
    }

    /// <summary>The seed this stream started from.</summary>
    public ulong Seed { get; }

    /// <summary>The whole state of the stream: a generator given it continues with the same numbers as this one.</summary>
    internal RandomState State
    {
        get => new(_s0, _s1, _s2, _s3, Seed, _spareNormal);
        set => (_s0, _s1, _s2, _s3, _spareNormal) = (value.S0, value.S1, value.S2, value.S3, value.SpareNormal);
    }

    /// <summary>A generator that continues from <paramref name="state"/>.</summary>
    internal static SeededRandom FromState(RandomState state) => new(state.Seed) { State = state };

    /// <summary>
    /// A seed for stream number <paramref name="index"/> derived from <paramref name="seed"/>: work item
    /// i of a parallel loop uses <c>new SeededRandom(SeededRandom.Derive(seed, i))</c>, so its numbers do
    /// not depend on which thread runs it or in what order.
    /// </summary>
    public static ulong Derive(ulong seed, long index)
    {
        var state = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(index + 1));
        return SplitMix64(ref state);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform whole number in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var r = NextUInt64();
            var product = Math.BigMul(r, bound, out var low);
            if (low >= threshold)
            {
                return (int)product;
            }
        }
    }

    /// <summary>A standard normal number (mean 0, standard deviation 1), by the Marsaglia polar method.</summary>
    public double NextNormal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * factor;
        return u * factor;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates): every order is equally likely.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Shuffles the array <paramref name="items"/> in place (Fisher–Yates): every order is equally likely.</summary>
    public void Shuffle<T>(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Shuffle(items.AsSpan());
    }

    /// <summary>A random order of 0, 1, …, <paramref name="count"/> − 1 (numpy's <c>permutation</c>).</summary>
    public int[] Permutation(int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Shuffle(order.AsSpan());
        return order;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
