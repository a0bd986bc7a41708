using System.Security.Cryptography;

namespace DecodingChoices.Data;

/// <summary>
/// MD5 digests as lowercase hex, the way Python's <c>hashlib.md5(data).hexdigest()</c> prints them, for
/// checking that a downloaded file is the published one. (MD5 is fine for catching corrupt downloads;
/// it is no protection against someone forging a file.)
/// </summary>
internal static class FileChecksum
{
    /// <summary>The MD5 of the file at <paramref name="path"/>, e.g. <c>d19716354fed0981267456b80db07ea8</c>.</summary>
    /// <exception cref="DatasetException">The file does not exist.</exception>
    public static string Md5Hex(string path)
    {
        var fullPath = DatasetFile.RequireExisting(path);
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(MD5.HashData(stream));
    }

    /// <summary>The MD5 of <paramref name="bytes"/>.</summary>
    public static string Md5Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
}
