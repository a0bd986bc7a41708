using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DecodingChoices.Data.Npy;

/// <summary>
/// How an array's elements are held in memory: a C# array of the element type whose rank follows the
/// <c>.npy</c> shape (<c>T[rows, columns]</c> for a matrix, <c>T[n]</c> for a vector, <c>T[1]</c> for a
/// scalar). C# stores <c>T[,]</c> row after row, exactly like numpy's C order, so the file's bytes can be
/// read straight into the array's memory with no intermediate buffer.
/// </summary>
internal static class NpyStorage
{
    public static Array Allocate<T>(IReadOnlyList<int> shape) => shape.Count switch
    {
        0 => new T[1],
        1 => new T[shape[0]],
        2 => new T[shape[0], shape[1]],
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Count, "Only ranks 0, 1 and 2 are held."),
    };

    /// <summary>Every element of <paramref name="array"/> (of any rank), in memory order.</summary>
    public static Span<T> Elements<T>(Array array) where T : unmanaged
    {
        if (array.GetType().GetElementType() != typeof(T))
        {
            throw new ArgumentException($"The array holds {array.GetType().GetElementType()}, not {typeof(T)}.", nameof(array));
        }

        return MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
    }

    /// <summary>The memory of <paramref name="array"/> (of any rank) as bytes.</summary>
    public static Span<byte> Bytes(Array array, int itemSize) =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), checked(array.Length * itemSize));
}
