using System.Buffers.Binary;
using SkiaSharp;

namespace DecodingChoices.Runner.Tests;

/// <summary>Reads PNG files back: the header's size, and the decoded image.</summary>
internal static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The width and height in the IHDR chunk (which must come first); throws when the bytes are not a PNG.</summary>
    public static (int Width, int Height) HeaderSize(byte[] bytes)
    {
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || System.Text.Encoding.ASCII.GetString(bytes, 12, 4) != "IHDR")
        {
            throw new InvalidDataException("not a PNG file (no signature and IHDR chunk)");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    /// <summary>Decodes the whole image with SkiaSharp; throws when it cannot.</summary>
    public static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new InvalidDataException("SkiaSharp could not decode the PNG");

    /// <summary>How many pixels in the rows [<paramref name="top"/>, <paramref name="bottom"/>) are dark (text, lines).</summary>
    public static int DarkPixels(SKBitmap image, int top, int bottom)
    {
        var dark = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = image.GetPixel(x, y);
                dark += pixel.Red + pixel.Green + pixel.Blue < 300 ? 1 : 0;
            }
        }

        return dark;
    }
}
