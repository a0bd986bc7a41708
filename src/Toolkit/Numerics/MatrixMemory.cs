using System.Buffers;
using System.Runtime.InteropServices;

namespace DecodingChoices.Numerics;

/// <summary>
/// A <see cref="Memory{T}"/> over the elements of a <c>double[rows, columns]</c>, row after row, so code
/// that keeps a matrix for later (a fit's design) can hold the caller's array instead of copying it.
/// </summary>
internal sealed class MatrixMemory(double[,] matrix) : MemoryManager<double>
{
    private GCHandle _pin;

    /// <summary>The elements of <paramref name="matrix"/> as memory, without a copy.</summary>
    public static ReadOnlyMemory<double> Of(double[,] matrix) => new MatrixMemory(matrix).Memory;

    public override Span<double> GetSpan() => matrix.AsSpan();

    public override unsafe MemoryHandle Pin(int elementIndex = 0)
    {
        if (!_pin.IsAllocated)
        {
            _pin = GCHandle.Alloc(matrix, GCHandleType.Pinned);
        }

        var start = (double*)_pin.AddrOfPinnedObject() + elementIndex;
        return new MemoryHandle(start, default, this);
    }

    public override void Unpin()
    {
        if (_pin.IsAllocated)
        {
            _pin.Free();
        }
    }

    protected override void Dispose(bool disposing) => Unpin();
}
