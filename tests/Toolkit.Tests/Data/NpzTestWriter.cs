using System.IO.Compression;

namespace DecodingChoices.Toolkit.Tests.Data;

/// <summary>
/// Writes <c>.npz</c> archives the way <c>np.savez</c> (members stored) and <c>np.savez_compressed</c>
/// (members deflated) do: one zip member <c>key.npy</c> per array.
/// </summary>
internal static class NpzTestWriter
{
    public static string Write(string path, bool compressed, params (string Key, byte[] Npy)[] arrays) =>
        WriteMembers(path, compressed, arrays.Select(array => (array.Key + ".npy", array.Npy)).ToArray());

    /// <summary>Any member names, for archives numpy would not write.</summary>
    public static string WriteMembers(string path, bool compressed, params (string Name, byte[] Bytes)[] members)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in members)
            {
                var entry = zip.CreateEntry(name, compressed ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return path;
    }
}
