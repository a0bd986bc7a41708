using DecodingChoices.Randomness;
using System.Text;

namespace DecodingChoices.Grading.Protocol;

/// <summary>
/// Decodes a frame's payload written by <see cref="WireWriter"/>. Every length is checked against what is
/// left of the payload, so a malformed frame fails with <see cref="InvalidDataException"/>, never with a huge allocation.
/// </summary>
internal sealed class WireReader(byte[] payload)
{
    private readonly BinaryReader _reader = new(new MemoryStream(payload, writable: false), Encoding.UTF8);

    private long Left => _reader.BaseStream.Length - _reader.BaseStream.Position;

    public byte Byte() => _reader.ReadByte();

    public int Int() => _reader.ReadInt32();

    public long Long() => _reader.ReadInt64();

    public ulong ULong() => _reader.ReadUInt64();

    public double Double() => _reader.ReadDouble();

    public string? String()
    {
        var length = Length(1);
        return length < 0 ? null : Encoding.UTF8.GetString(_reader.ReadBytes(length));
    }

    public double[]? Doubles()
    {
        var length = Length(sizeof(double));
        if (length < 0)
        {
            return null;
        }

        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = _reader.ReadDouble();
        }

        return values;
    }

    public double[,]? Matrix()
    {
        var rows = _reader.ReadInt32();
        if (rows < 0)
        {
            return null;
        }

        var columns = _reader.ReadInt32();
        if (columns < 0 || (long)rows * columns * sizeof(double) > Left)
        {
            throw new InvalidDataException($"A {rows} × {columns} matrix does not fit in the frame.");
        }

        var values = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                values[i, j] = _reader.ReadDouble();
            }
        }

        return values;
    }

    public int[]? Ints()
    {
        var length = Length(sizeof(int));
        if (length < 0)
        {
            return null;
        }

        var values = new int[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = _reader.ReadInt32();
        }

        return values;
    }

    public RandomState Random()
    {
        var (s0, s1, s2, s3, seed) = (ULong(), ULong(), ULong(), ULong(), ULong());
        var hasSpare = _reader.ReadBoolean();
        var spare = _reader.ReadDouble();
        return new RandomState(s0, s1, s2, s3, seed, hasSpare ? spare : null);
    }

    private int Length(int elementSize)
    {
        var length = _reader.ReadInt32();
        if (length >= 0 && (long)length * elementSize > Left)
        {
            throw new InvalidDataException($"A length of {length} does not fit in the frame.");
        }

        return length;
    }
}
