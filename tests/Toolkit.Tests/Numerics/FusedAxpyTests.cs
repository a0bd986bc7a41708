using System.Runtime.InteropServices;
using DecodingChoices.Numerics;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Numerics;

/// <summary>Four rows in one pass give the bits of four single-row passes in order, at every length.</summary>
public sealed class FusedAxpyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(220)]
    [InlineData(691)]
    public void Apply4_equals_four_Apply_calls_bit_for_bit(int length)
    {
        var seed = (ulong)length + 5;
        var random = new SeededRandom(seed);
        double[] Vector() => [.. Enumerable.Range(0, length).Select(_ => random.NextNormal())];
        var (x0, x1, x2, x3, start) = (Vector(), Vector(), Vector(), Vector(), Vector());
        var (a0, a1, a2, a3) = (random.NextNormal(), random.NextNormal(), random.NextNormal(), random.NextNormal());

        var oneByOne = (double[])start.Clone();
        FusedAxpy.Apply(x0, a0, oneByOne);
        FusedAxpy.Apply(x1, a1, oneByOne);
        FusedAxpy.Apply(x2, a2, oneByOne);
        FusedAxpy.Apply(x3, a3, oneByOne);

        var fused = (double[])start.Clone();
        FusedAxpy.Apply4(
            ref MemoryMarshal.GetArrayDataReference(x0), a0, ref MemoryMarshal.GetArrayDataReference(x1), a1,
            ref MemoryMarshal.GetArrayDataReference(x2), a2, ref MemoryMarshal.GetArrayDataReference(x3), a3,
            ref MemoryMarshal.GetArrayDataReference(fused), length);

        fused.ShouldBe(oneByOne, $"length {length}, seed {seed}");
    }
}
