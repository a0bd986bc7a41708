using System.Buffers.Binary;

namespace DecodingChoices.Grading.Protocol;

/// <summary>
/// Length-prefixed frames: a 4-byte little-endian length, then that many bytes. The reader refuses a
/// length above its cap, so a worker that writes garbage cannot make the grader allocate without bound.
/// </summary>
internal static class Frames
{
    /// <summary>Writes <paramref name="payload"/> as one frame and flushes.</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        stream.Write(length);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>Reads one frame, or null at the end of the stream (also when it ends inside a frame).</summary>
    /// <exception cref="InvalidDataException">The length is negative or above <paramref name="maxLength"/>.</exception>
    public static byte[]? Read(Stream stream, int maxLength)
    {
        var header = new byte[4];
        if (!ReadExactly(stream, header))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || length > maxLength)
        {
            throw new InvalidDataException($"A frame of {length} bytes is outside the protocol's limit of {maxLength}.");
        }

        var payload = new byte[length];
        return ReadExactly(stream, payload) ? payload : null;
    }

    private static bool ReadExactly(Stream stream, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
