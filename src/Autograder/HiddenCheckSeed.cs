using System.Security.Cryptography;

namespace DecodingChoices.Autograder;

/// <summary>
/// The seed of the hidden checks' random inputs. Unlike <see cref="CheckSeed"/>, which is fixed so a
/// student sees the same inputs as the grader, it is fresh for every grading run: the grader picks it
/// (or takes the one an instructor passes to reproduce a run), records it in the results, and sets it
/// here before the hidden checks run. Each hidden check draws from its own seed derived from this one.
/// </summary>
public static class HiddenCheckSeed
{
    /// <summary>The base seed of this run: random until the grader sets it with <see cref="Use"/>.</summary>
    public static ulong Base { get; private set; } = Fresh();

    /// <summary>Makes <paramref name="seed"/> the base seed of the hidden checks from now on.</summary>
    public static void Use(ulong seed) => Base = seed;

    /// <summary>A new random seed, for a grading run nobody has seen the inputs of.</summary>
    public static ulong Fresh() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));

    /// <summary>The seed of the hidden check <paramref name="check"/> (such as <c>1D.Name</c>) in this run.</summary>
    public static ulong For(string check) => CheckSeed.Derive(Base, check);

    /// <summary>Random inputs for the hidden check <paramref name="check"/>.</summary>
    public static RandomInputs Inputs(string check) => new(For(check));
}
