using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace DecodingChoices.Data.Npy;

/// <summary>
/// Reads numpy's <c>.npy</c> format (what <c>np.save</c> writes and what an <c>.npz</c> archive holds one
/// of per array). The layout, from numpy's <c>numpy/lib/format.py</c>:
/// <list type="number">
/// <item>the magic string <c>\x93NUMPY</c> (6 bytes), then the format version as two bytes, major and minor;</item>
/// <item>the header length, a little-endian unsigned integer of 2 bytes (version 1.0) or 4 bytes (2.0 and 3.0);</item>
/// <item>the header: a Python dict literal such as <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (276, 691), }</c>,
/// Latin-1 text (UTF-8 in version 3.0), padded with spaces and a final newline so the data starts at a
/// multiple of 64 bytes;</item>
/// <item>the data: the elements back to back, in C order (row after row) unless <c>fortran_order</c> is True.</item>
/// </list>
/// Supported: the little-endian types of <see cref="NpyDataType.Supported"/>, C order, rank 0 to 2.
/// Anything else is a <see cref="DatasetException"/> that names the file, the array and what to do.
/// </summary>
internal static class NpyReader
{
    /// <summary>The longest header accepted; numpy itself refuses headers over 10,000 characters.</summary>
    public const int MaxHeaderLength = 10_000;

    private const int PrefixLength = 8; // magic (6) + version (2)

    /// <summary>The first six bytes of every <c>.npy</c> file.</summary>
    public static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Reads a standalone <c>.npy</c> file (as written by <c>np.save</c>).</summary>
    /// <exception cref="DatasetException">The file is missing, or is not a readable array; the message says why.</exception>
    public static NpyArray ReadFile(string path)
    {
        var fullPath = DatasetFile.RequireExisting(path);
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, fullPath, Path.GetFileNameWithoutExtension(fullPath));
    }

    /// <summary>
    /// Reads one array from <paramref name="stream"/>, which must hold exactly one <c>.npy</c> file. The
    /// stream is read forward only, so a decompressing stream works. <paramref name="source"/> (the file)
    /// and <paramref name="key"/> (the array's name) are used in error messages.
    /// </summary>
    /// <exception cref="DatasetException">The bytes are not a readable <c>.npy</c> array; the message says why.</exception>
    /// <param name="stream">The <c>.npy</c> bytes, from their start.</param>
    /// <param name="source">The file, for error messages.</param>
    /// <param name="key">The array's name, for error messages.</param>
    /// <param name="length">
    /// The number of bytes the stream holds, when known without reading it (a zip member's size); a
    /// seekable stream's own length is used otherwise. It lets a header whose shape does not fit the data
    /// be reported before the array is allocated.
    /// </param>
    public static NpyArray Read(Stream stream, string source, string key, long? length = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        length ??= stream.CanSeek ? stream.Length - stream.Position : null;
        var header = ReadHeader(stream, source, key);
        if (length - header.DataOffset is long dataLength && dataLength != header.ByteCount)
        {
            throw ArrayProblem(source, key, dataLength < header.ByteCount
                ? TruncatedProblem(header, dataLength)
                : ExtraBytesProblem(header, dataLength - header.ByteCount));
        }

        var values = ReadValues(stream, header, source, key);
        return new NpyArray(source, key, header, values);
    }

    /// <summary>Reads and checks the header, leaving <paramref name="stream"/> at the first data byte.</summary>
    /// <exception cref="DatasetException">The header is missing, malformed or describes an unsupported array.</exception>
    public static NpyHeader ReadHeader(Stream stream, string source, string key)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);

        Span<byte> prefix = stackalloc byte[PrefixLength];
        var found = ReadUpTo(stream, prefix);
        if (found < Magic.Length || !prefix[..Magic.Length].SequenceEqual(Magic))
        {
            throw ArrayProblem(source, key, BadMagicProblem(prefix[..found]));
        }

        if (found < PrefixLength)
        {
            throw ArrayProblem(source, key, $"the file ends after the magic string, before the format version ({found} of {PrefixLength} bytes).");
        }

        var version = new Version(prefix[6], prefix[7]);
        var lengthFieldSize = (prefix[6], prefix[7]) switch
        {
            (1, 0) => 2,
            (2, 0) or (3, 0) => 4,
            _ => throw ArrayProblem(source, key, $"unsupported .npy format version {version}; this reader knows versions 1.0, 2.0 and 3.0."),
        };

        Span<byte> lengthField = stackalloc byte[4];
        found = ReadUpTo(stream, lengthField[..lengthFieldSize]);
        if (found < lengthFieldSize)
        {
            throw ArrayProblem(source, key, $"truncated header: expected a {lengthFieldSize}-byte header length, found {found} bytes.");
        }

        var headerLength = lengthFieldSize == 2
            ? BinaryPrimitives.ReadUInt16LittleEndian(lengthField)
            : BinaryPrimitives.ReadUInt32LittleEndian(lengthField);
        if (headerLength > MaxHeaderLength)
        {
            throw ArrayProblem(source, key, $"the header length field says {headerLength} bytes, more than the {MaxHeaderLength} this reader allows: the file is corrupt.");
        }

        var headerBytes = new byte[headerLength];
        found = ReadUpTo(stream, headerBytes);
        if (found < headerBytes.Length)
        {
            throw ArrayProblem(source, key, $"truncated header: expected {headerBytes.Length} bytes, found {found}.");
        }

        var headerText = DecodeHeader(headerBytes, version, source, key);
        object? parsed;
        try
        {
            parsed = PythonLiteralParser.Parse(headerText);
        }
        catch (FormatException error)
        {
            throw ArrayProblem(source, key, $"malformed header: {error.Message} of {Excerpt(headerText)}.", error);
        }

        var dataOffset = PrefixLength + lengthFieldSize + (int)headerLength;
        return NpyHeader.FromDictionary(parsed, version, dataOffset, out var problem)
            ?? throw ArrayProblem(source, key, problem!);
    }

    /// <summary>The exception for a problem with the array <paramref name="key"/> of the file <paramref name="source"/>.</summary>
    internal static DatasetException ArrayProblem(string source, string key, string problem, Exception? inner = null) =>
        new(source, $"array '{key}': {problem}", inner);

    private static Array ReadValues(Stream stream, NpyHeader header, string source, string key)
    {
        var type = header.DataType;
        var values = type.Allocate(header.Shape);
        var bytes = NpyStorage.Bytes(values, type.ItemSize);
        var found = ReadUpTo(stream, bytes);
        if (found < bytes.Length)
        {
            throw ArrayProblem(source, key, TruncatedProblem(header, found));
        }

        var extra = CountRemainingBytes(stream);
        if (extra > 0)
        {
            throw ArrayProblem(source, key, ExtraBytesProblem(header, extra));
        }

        if (!BitConverter.IsLittleEndian)
        {
            ToNativeByteOrder(bytes, type.ItemSize);
        }

        if (type == NpyDataType.Bool)
        {
            var notBool = bytes.IndexOfAnyExcept((byte)0, (byte)1);
            if (notBool >= 0)
            {
                throw ArrayProblem(source, key,
                    $"element {notBool} of the bool array is the byte {bytes[notBool]}; numpy stores bool as 0 or 1, so the data is corrupt.");
            }
        }

        return values;
    }

    private static string TruncatedProblem(NpyHeader header, long found) =>
        $"truncated data: the header promises {header.ShapeText} {header.DataType.Name} values, {header.ByteCount} bytes, but the file holds {found}. The file is incomplete; save or download it again.";

    private static string ExtraBytesProblem(NpyHeader header, long extra) =>
        $"{extra} unexpected bytes follow the {header.ByteCount} bytes of data that the header's shape {header.ShapeText} and dtype {header.DataType.Name} call for: the header does not match the data.";

    private static string DecodeHeader(byte[] headerBytes, Version version, string source, string key)
    {
        if (version.Major < 3)
        {
            return Encoding.Latin1.GetString(headerBytes);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(headerBytes);
        }
        catch (DecoderFallbackException error)
        {
            throw ArrayProblem(source, key, "malformed header: a version 3.0 header must be UTF-8 text.", error);
        }
    }

    private static string BadMagicProblem(ReadOnlySpan<byte> start)
    {
        if (start.Length == 0)
        {
            return "the data is empty, not an .npy array.";
        }

        var hex = Convert.ToHexString(start).ToLowerInvariant();
        var looksLikeZip = start.StartsWith("PK"u8);
        return $"not an .npy array: it does not start with the magic string \\x93NUMPY (its first bytes are {hex})"
            + (looksLikeZip ? "; it looks like a zip archive, so it may be an .npz file: open it with NpzArchive." : ".");
    }

    private static string Excerpt(string headerText)
    {
        var trimmed = headerText.TrimEnd();
        return trimmed.Length <= 200 ? trimmed : trimmed[..200] + "…";
    }

    /// <summary>Fills <paramref name="destination"/> as far as the stream allows; returns the number of bytes read.</summary>
    private static int ReadUpTo(Stream stream, Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = stream.Read(destination[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private static long CountRemainingBytes(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            long total = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The file is little-endian; on a big-endian machine each element's bytes are reversed in place.</summary>
    private static void ToNativeByteOrder(Span<byte> bytes, int itemSize)
    {
        switch (itemSize)
        {
            case 8:
                var longs = MemoryMarshal.Cast<byte, ulong>(bytes);
                BinaryPrimitives.ReverseEndianness(longs, longs);
                break;
            case 4:
                var ints = MemoryMarshal.Cast<byte, uint>(bytes);
                BinaryPrimitives.ReverseEndianness(ints, ints);
                break;
        }
    }
}
