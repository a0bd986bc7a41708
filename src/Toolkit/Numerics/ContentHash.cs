using System.Runtime.InteropServices;

namespace DecodingChoices.Numerics;

/// <summary>
/// A fast 64-bit fingerprint of the bits of a block of doubles: equal contents give equal hashes, and a
/// change of any bit anywhere changes the hash with overwhelming probability. It reads the values once, in
/// four independent multiply–rotate chains (so the CPU overlaps them), at close to memory speed.
/// </summary>
/// <remarks>
/// It is not a cryptographic hash and does not need to be: <see cref="Models.DesignCache"/> uses it only
/// to find a candidate quickly and always confirms a match by comparing every byte.
/// </remarks>
internal static class ContentHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    /// <summary>The fingerprint of <paramref name="values"/>' bits (−0.0 and +0.0 differ, as do NaN payloads).</summary>
    public static ulong Of(ReadOnlySpan<double> values)
    {
        var bits = MemoryMarshal.Cast<double, ulong>(values);
        ulong a = Prime1, b = Prime2, c = Prime3, d = Prime1 ^ Prime2;
        var i = 0;
        for (; i + 4 <= bits.Length; i += 4)
        {
            a = Round(a, bits[i]);
            b = Round(b, bits[i + 1]);
            c = Round(c, bits[i + 2]);
            d = Round(d, bits[i + 3]);
        }

        for (; i < bits.Length; i++)
        {
            a = Round(a, bits[i]);
        }

        var h = ulong.RotateLeft(a, 1) + ulong.RotateLeft(b, 7) + ulong.RotateLeft(c, 12) + ulong.RotateLeft(d, 18);
        h ^= (ulong)bits.Length * Prime3;
        return Mix(h);
    }

    /// <summary>One step of a chain (xxHash64's round): add the input times a prime, rotate, multiply.</summary>
    private static ulong Round(ulong accumulator, ulong input) => ulong.RotateLeft(accumulator + input * Prime2, 31) * Prime1;

    /// <summary>The final avalanche (SplitMix64's), so every input bit affects every output bit.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
