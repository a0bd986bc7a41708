using DecodingChoices.Data.Npy;

namespace DecodingChoices.Data;

/// <summary>
/// Loads the tutorial's data file, <c>W1D4_steinmetz_data.npz</c> (Neuromatch Academy, from Steinmetz
/// et al. 2019): an <c>.npz</c> archive with <c>spikes</c>, normalized spike rates of shape
/// (n_trials, n_neurons) = (276, 691), and <c>choices</c>, the mouse's choice (0 or 1) on each trial.
/// Like the tutorial's download cell, it checks the file's MD5 against the published one.
/// </summary>
public static class SteinmetzArchive
{
    /// <summary>The published file's name.</summary>
    public const string FileName = "W1D4_steinmetz_data.npz";

    /// <summary>The MD5 of the published file (the tutorial's <c>expected_md5</c>).</summary>
    public const string ExpectedMd5 = "d19716354fed0981267456b80db07ea8";

    /// <summary>Where the tutorial downloads the file from.</summary>
    public const string DownloadUrl = "https://osf.io/r9gh8/download";

    /// <summary>The key of the spike-rate matrix.</summary>
    public const string SpikesKey = "spikes";

    /// <summary>The key of the choice vector.</summary>
    public const string ChoicesKey = "choices";

    /// <summary>
    /// Reads <c>spikes</c> (a float64 or float32 matrix) and <c>choices</c> (a vector of int64, int32,
    /// uint8, bool, or float64 holding 0.0/1.0) from the archive at <paramref name="path"/> and checks
    /// them with <see cref="SpikeDataset.Create"/>. A file named <see cref="FileName"/> claims to be the
    /// published data, so its MD5 must be <see cref="ExpectedMd5"/>; files with other names (your own
    /// archives, test data) are not checksummed.
    /// </summary>
    /// <exception cref="DatasetException">
    /// The file is missing, fails the checksum, is not an <c>.npz</c> archive, lacks an array, or holds
    /// arrays of the wrong type or shape; the message says which and what to do.
    /// </exception>
    public static SpikeDataset Load(string path)
    {
        var fullPath = DatasetFile.RequireExisting(path, $"Download {FileName} from {DownloadUrl}.");
        if (ClaimsToBeThePublishedFile(fullPath))
        {
            VerifyChecksum(fullPath);
        }

        using var archive = NpzArchive.Open(fullPath);
        var spikes = archive.Read(SpikesKey).ToFloat64Matrix();
        var choices = archive.Read(ChoicesKey).ToInt32Vector();
        return SpikeDataset.Create(spikes, choices, fullPath);
    }

    /// <summary>Whether <paramref name="path"/> is named like the published file (so must match its checksum).</summary>
    public static bool ClaimsToBeThePublishedFile(string path) =>
        string.Equals(Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws unless the file's MD5 is the published <see cref="ExpectedMd5"/>.</summary>
    /// <exception cref="DatasetException">The file is missing, or its MD5 differs; the message gives both digests.</exception>
    public static void VerifyChecksum(string path)
    {
        var fullPath = DatasetFile.RequireExisting(path);
        var actual = FileChecksum.Md5Hex(fullPath);
        if (!string.Equals(actual, ExpectedMd5, StringComparison.Ordinal))
        {
            throw new DatasetException(fullPath,
                $"checksum mismatch: md5 is {actual}, the published {FileName} has {ExpectedMd5}; the download is corrupt or this is another file — download it again from {DownloadUrl}");
        }
    }
}
