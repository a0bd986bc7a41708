using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DecodingChoices.Numerics;

/// <summary>
/// Zero-copy views of a C# rectangular array <c>double[rows, columns]</c>, which .NET stores in
/// row-major (C) order exactly like a numpy array: row i is the contiguous run
/// <c>[i·columns, (i+1)·columns)</c>. These views let SIMD kernels read a matrix without copying it.
/// </summary>
internal static class MatrixSpans
{
    /// <summary>All the matrix's elements, row after row.</summary>
    public static Span<double> AsSpan(this double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return MemoryMarshal.CreateSpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(matrix)), matrix.Length);
    }

    /// <summary>All the matrix's elements, row after row, read-only.</summary>
    public static ReadOnlySpan<double> AsReadOnlySpan(this double[,] matrix) => matrix.AsSpan();

    /// <summary>Row <paramref name="row"/> of the matrix, read-only.</summary>
    public static ReadOnlySpan<double> Row(this double[,] matrix, int row)
    {
        var columns = matrix.GetLength(1);
        return matrix.AsReadOnlySpan().Slice(row * columns, columns);
    }

    /// <summary>Row <paramref name="row"/> of the matrix, writable.</summary>
    public static Span<double> RowSpan(this double[,] matrix, int row)
    {
        var columns = matrix.GetLength(1);
        return matrix.AsSpan().Slice(row * columns, columns);
    }

    /// <summary>numpy's way of printing a shape: <c>(220, 691)</c>.</summary>
    public static string ShapeText(this double[,] matrix) => $"({matrix.GetLength(0)}, {matrix.GetLength(1)})";

    /// <summary>numpy's way of printing a vector's shape: <c>(220,)</c>.</summary>
    public static string ShapeText<T>(this T[] vector) => $"({vector.Length},)";
}
