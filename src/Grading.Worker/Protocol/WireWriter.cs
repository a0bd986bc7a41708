using DecodingChoices.Randomness;
using System.Text;

namespace DecodingChoices.Grading.Protocol;

/// <summary>Encodes the values of the exercise contract into a frame's payload (see <see cref="WireReader"/>).</summary>
internal sealed class WireWriter
{
    private readonly MemoryStream _buffer = new();
    private readonly BinaryWriter _writer;

    public WireWriter() => _writer = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);

    public WireWriter Byte(byte value)
    {
        _writer.Write(value);
        return this;
    }

    public WireWriter Int(int value)
    {
        _writer.Write(value);
        return this;
    }

    public WireWriter Long(long value)
    {
        _writer.Write(value);
        return this;
    }

    public WireWriter ULong(ulong value)
    {
        _writer.Write(value);
        return this;
    }

    public WireWriter Double(double value)
    {
        _writer.Write(value);
        return this;
    }

    /// <summary>A string, or null (a length of −1).</summary>
    public WireWriter String(string? value)
    {
        if (value is null)
        {
            _writer.Write(-1);
            return this;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        _writer.Write(bytes.Length);
        _writer.Write(bytes);
        return this;
    }

    /// <summary>A vector, or null (a length of −1).</summary>
    public WireWriter Doubles(double[]? values)
    {
        _writer.Write(values?.Length ?? -1);
        foreach (var v in values ?? [])
        {
            _writer.Write(v);
        }

        return this;
    }

    /// <summary>A matrix as rows, columns and the entries row by row, or null (−1 rows).</summary>
    public WireWriter Matrix(double[,]? values)
    {
        if (values is null)
        {
            _writer.Write(-1);
            return this;
        }

        _writer.Write(values.GetLength(0));
        _writer.Write(values.GetLength(1));
        foreach (var v in values)
        {
            _writer.Write(v);
        }

        return this;
    }

    public WireWriter Ints(int[]? values)
    {
        _writer.Write(values?.Length ?? -1);
        foreach (var v in values ?? [])
        {
            _writer.Write(v);
        }

        return this;
    }

    /// <summary>The generator's whole state, so the other side can continue the same stream.</summary>
    public WireWriter Random(RandomState state)
    {
        ULong(state.S0).ULong(state.S1).ULong(state.S2).ULong(state.S3).ULong(state.Seed);
        _writer.Write(state.SpareNormal.HasValue);
        _writer.Write(state.SpareNormal ?? 0);
        return this;
    }

    public byte[] ToArray()
    {
        _writer.Flush();
        return _buffer.ToArray();
    }
}
