namespace DecodingChoices.Data.Npy;

/// <summary>
/// A read-only, forward-only view of another stream that computes the CRC-32 (the zip format's checksum:
/// IEEE 802.3 polynomial, reflected, as <c>zlib.crc32</c>) of every byte read through it. Zip archives
/// record each member's CRC-32; comparing it with the bytes actually unpacked is how Python's
/// <c>zipfile</c> (and so <c>np.load</c>) detects a corrupt member, which .NET's ZipArchive does not
/// check for stored members.
/// </summary>
internal sealed class Crc32Stream(Stream inner) : Stream
{
    private static readonly uint[] Table = BuildTable();

    private uint _state = 0xFFFFFFFF;

    /// <summary>The CRC-32 of the bytes read so far.</summary>
    public uint Crc32 => ~_state;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads to the end of the stream (so <see cref="Crc32"/> covers every byte) and returns the CRC-32.</summary>
    public uint ReadToEndAndGetCrc32()
    {
        Span<byte> buffer = stackalloc byte[4096];
        while (Read(buffer) > 0)
        {
        }

        return Crc32;
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var state = _state;
        foreach (var value in buffer[..read])
        {
            state = Table[(byte)(state ^ value)] ^ (state >> 8);
        }

        _state = state;
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < table.Length; n++)
        {
            var c = n;
            for (var bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
