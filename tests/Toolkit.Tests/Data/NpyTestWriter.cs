using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

/// <summary>
/// Writes <c>.npy</c> bytes exactly as numpy 1.24's <c>np.save</c> does (format 1.0): the header
/// <c>{'descr': …, 'fortran_order': …, 'shape': …, }</c>, numpy's spare spaces for growing the first axis,
/// then spaces and a newline so the data starts at a multiple of 64 bytes. NumpyFixtureTests checks this
/// byte for byte against numpy's own output. The raw variants write any header text, version or payload,
/// so the tests can build every broken file the reader must reject.
/// </summary>
internal static class NpyTestWriter
{
    private const int ArrayAlign = 64;
    private const int GrowthAxisMaxDigits = 21;

    public static byte[] Of(double[,] matrix) => Build("<f8", [matrix.GetLength(0), matrix.GetLength(1)], Payload<double>(Flat<double>(matrix)));

    public static byte[] Of(float[,] matrix) => Build("<f4", [matrix.GetLength(0), matrix.GetLength(1)], Payload<float>(Flat<float>(matrix)));

    public static byte[] Of(double[] vector) => Build("<f8", [vector.Length], Payload<double>(vector));

    public static byte[] Of(float[] vector) => Build("<f4", [vector.Length], Payload<float>(vector));

    public static byte[] Of(long[] vector) => Build("<i8", [vector.Length], Payload<long>(vector));

    public static byte[] Of(int[] vector) => Build("<i4", [vector.Length], Payload<int>(vector));

    public static byte[] Of(byte[] vector) => Build("|u1", [vector.Length], vector);

    public static byte[] Of(bool[] vector) => Build("|b1", [vector.Length], vector.Select(flag => flag ? (byte)1 : (byte)0).ToArray());

    public static byte[] Scalar(double value) => Build("<f8", [], Payload<double>([value]));

    /// <summary>An array in numpy's exact layout, with any descr, order and shape over any payload.</summary>
    public static byte[] Build(string descr, int[] shape, ReadOnlySpan<byte> payload, bool fortranOrder = false)
    {
        var text = HeaderDictionary(descr, fortranOrder, shape);
        if (shape.Length > 0)
        {
            var growthAxis = fortranOrder ? shape[^1] : shape[0];
            text += new string(' ', GrowthAxisMaxDigits - growthAxis.ToString(CultureInfo.InvariantCulture).Length);
        }

        return WithHeaderText(text, payload);
    }

    /// <summary>numpy's header dictionary: keys sorted, each followed by ", ", Python reprs of the values.</summary>
    public static string HeaderDictionary(string descr, bool fortranOrder, int[] shape)
    {
        var shapeRepr = shape.Length == 1 ? $"({shape[0]},)" : $"({string.Join(", ", shape)})";
        return $"{{'descr': '{descr}', 'fortran_order': {(fortranOrder ? "True" : "False")}, 'shape': {shapeRepr}, }}";
    }

    /// <summary>
    /// Magic, version, header length, <paramref name="headerText"/> padded like numpy (spaces, then a
    /// newline, to a multiple of 64 bytes), then <paramref name="payload"/>. Version 1.0 has a 2-byte
    /// length, 2.0 and 3.0 a 4-byte one; 3.0 encodes the header as UTF-8, the others as Latin-1.
    /// </summary>
    public static byte[] WithHeaderText(string headerText, ReadOnlySpan<byte> payload, byte major = 1)
    {
        var encoded = (major >= 3 ? Encoding.UTF8 : Encoding.Latin1).GetBytes(headerText);
        var lengthFieldSize = major == 1 ? 2 : 4;
        var prefixLength = 6 + 2 + lengthFieldSize;
        var headerLength = encoded.Length + 1;
        var padding = ArrayAlign - ((prefixLength + headerLength) % ArrayAlign);

        var bytes = new List<byte>(prefixLength + headerLength + padding + payload.Length);
        bytes.AddRange([0x93, .. "NUMPY"u8, major, 0]);
        var length = new byte[lengthFieldSize];
        if (lengthFieldSize == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)(headerLength + padding));
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)(headerLength + padding));
        }

        bytes.AddRange(length);
        bytes.AddRange(encoded);
        bytes.AddRange(Enumerable.Repeat((byte)' ', padding));
        bytes.Add((byte)'\n');
        bytes.AddRange(payload);
        return [.. bytes];
    }

    /// <summary>The little-endian bytes of <paramref name="values"/> (the test machines are little-endian).</summary>
    public static byte[] Payload<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        Assert.True(BitConverter.IsLittleEndian, "These tests write little-endian payloads by copying memory.");
        return MemoryMarshal.AsBytes(values).ToArray();
    }

    private static T[] Flat<T>(T[,] matrix) where T : unmanaged => matrix.Cast<T>().ToArray();
}
