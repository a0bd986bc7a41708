using System.IO.Compression;

namespace DecodingChoices.Data.Npy;

/// <summary>
/// Reads numpy's <c>.npz</c> archives: a zip file with one <c>.npy</c> member per array, written by
/// <c>np.savez</c> (members stored as they are) or <c>np.savez_compressed</c> (members deflated). An
/// array's key is its member name without <c>.npy</c>, as in numpy's <c>np.load(path).files</c>.
/// </summary>
/// <example>
/// <code>
/// using var archive = NpzArchive.Open("W1D4_steinmetz_data.npz");
/// double[,] spikes = archive.Read("spikes").ToFloat64Matrix();
/// </code>
/// </example>
internal sealed class NpzArchive : IDisposable
{
    private const string MemberSuffix = ".npy";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _members;

    private NpzArchive(string path, ZipArchive zip, Dictionary<string, ZipArchiveEntry> members)
    {
        Path = path;
        _zip = zip;
        _members = members;
        Keys = [.. members.Keys];
    }

    /// <summary>The archive's full path.</summary>
    public string Path { get; }

    /// <summary>The arrays' names, in the order of the archive.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Opens the archive at <paramref name="path"/> and reads its list of members.</summary>
    /// <exception cref="DatasetException">The file is missing, or is not a zip archive; the message says which.</exception>
    public static NpzArchive Open(string path)
    {
        var fullPath = DatasetFile.RequireExisting(path);
        var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            var members = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.EndsWith('/'))
                {
                    members.TryAdd(KeyOf(entry.FullName), entry);
                }
            }

            return new NpzArchive(fullPath, zip, members);
        }
        catch (InvalidDataException error)
        {
            stream.Dispose();
            throw new DatasetException(fullPath, NotAZipProblem(fullPath, error), error);
        }
    }

    /// <summary>Whether the archive holds an array named <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => _members.ContainsKey(key);

    /// <summary>Reads the array named <paramref name="key"/>.</summary>
    /// <exception cref="DatasetException">
    /// There is no such array (the message lists the keys there are), the member is corrupt, or it is not
    /// a readable <c>.npy</c> array.
    /// </exception>
    public NpyArray Read(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_members.TryGetValue(key, out var entry))
        {
            var present = Keys.Count == 0 ? "it holds no arrays" : $"its keys are {string.Join(", ", Keys.Select(k => $"'{k}'"))}";
            throw new DatasetException(Path, $"no array named '{key}' in the archive; {present}.");
        }

        try
        {
            using var stream = new Crc32Stream(entry.Open());
            NpyArray array;
            try
            {
                array = NpyReader.Read(stream, Path, key, entry.Length);
            }
            catch (DatasetException problem)
            {
                // A damaged member often shows first as a strange header or length: say what it really is.
                ThrowIfChecksumFails(stream, entry, key, problem);
                throw;
            }

            ThrowIfChecksumFails(stream, entry, key, inner: null);
            return array;
        }
        catch (Exception error) when (error is InvalidDataException or NotSupportedException or IOException)
        {
            throw NpyReader.ArrayProblem(Path, key,
                $"the zip member {entry.FullName} cannot be unpacked ({error.Message}): the archive is corrupt; save or download it again.", error);
        }
    }

    public void Dispose() => _zip.Dispose();

    public override string ToString() => $"{Path} ({string.Join(", ", Keys)})";

    private void ThrowIfChecksumFails(Crc32Stream stream, ZipArchiveEntry entry, string key, Exception? inner)
    {
        var actual = stream.ReadToEndAndGetCrc32();
        if (actual != entry.Crc32)
        {
            throw NpyReader.ArrayProblem(Path, key,
                $"the zip member {entry.FullName} is corrupt: its bytes have CRC-32 {actual:x8} but the archive recorded {entry.Crc32:x8}; save or download the file again.", inner);
        }
    }

    private static string KeyOf(string memberName) =>
        memberName.EndsWith(MemberSuffix, StringComparison.Ordinal) ? memberName[..^MemberSuffix.Length] : memberName;

    private static string NotAZipProblem(string fullPath, InvalidDataException error)
    {
        Span<byte> start = stackalloc byte[NpyReader.Magic.Length];
        using (var file = File.OpenRead(fullPath))
        {
            start = start[..file.Read(start)];
        }

        var hint = start.SequenceEqual(NpyReader.Magic)
            ? "it is a single .npy array (np.save), not an .npz archive: read it with NpyReader.ReadFile"
            : "the file is damaged or is another kind of file; save or download it again";
        return $"not a zip archive, so not an .npz file ({error.Message}); {hint}.";
    }
}
