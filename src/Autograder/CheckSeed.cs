using System.Globalization;
using DecodingChoices.Randomness;

namespace DecodingChoices.Autograder;

/// <summary>
/// The seeds of the checks' random inputs. The base seed is fixed (so every run is the same) unless the
/// environment variable <c>COURSE_SEED</c> sets another: an instructor can grade with a seed students
/// have not seen, and a student can reproduce a failure from the seed its message prints. Each check
/// draws from its own seed, derived from the base seed and the check's name.
/// </summary>
public static class CheckSeed
{
    /// <summary>The base seed when <c>COURSE_SEED</c> is not set.</summary>
    public const ulong Default = 1729;

    /// <summary>The environment variable that overrides the base seed.</summary>
    public const string Variable = "COURSE_SEED";

    /// <summary>The base seed of this run.</summary>
    public static ulong Base { get; } = ReadBase();

    /// <summary>The seed of the check named <paramref name="check"/>.</summary>
    public static ulong For(string check) => Derive(Base, check);

    /// <summary>The seed of the check named <paramref name="check"/> under the base seed <paramref name="baseSeed"/>.</summary>
    internal static ulong Derive(ulong baseSeed, string check)
    {
        // FNV-1a: a stable hash of the name (string.GetHashCode changes from run to run).
        var hash = 14695981039346656037UL;
        foreach (var c in check)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return SeededRandom.Derive(baseSeed, (long)(hash >> 1));
    }

    private static ulong ReadBase()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(text))
        {
            return Default;
        }

        // A seed that cannot be read must not silently become the default: the run would not use the inputs asked for.
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new InvalidOperationException($"{Variable}='{text}' is not a seed: use a whole number from 0 to {ulong.MaxValue}, such as {Variable}=424242, or unset it for the default {Default}.");
    }
}
