namespace DecodingChoices.Data;

/// <summary>
/// The dataset shipped with the course: <c>data/steinmetz_standin.csv</c>, the seeded stand-in for
/// <c>W1D4_steinmetz_data.npz</c> made by <see cref="StandInDataGenerator"/> with its shipped seed.
/// </summary>
public static class BundledData
{
    /// <summary>The file's path relative to the repository root.</summary>
    public const string RelativePath = "data/steinmetz_standin.csv";

    private static readonly Lazy<SpikeDataset> Cached = new(() => CsvDatasetReader.Read(Locate()));

    /// <summary>The bundled dataset, read once per process. Do not modify its arrays.</summary>
    public static SpikeDataset Load() => Cached.Value;

    /// <summary>
    /// Finds the bundled file by walking up from the working directory and from the program's folder
    /// to the first folder that has <see cref="RelativePath"/>.
    /// </summary>
    /// <exception cref="DatasetException">No such folder: the message lists where it looked.</exception>
    public static string Locate()
    {
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DatasetException(RelativePath,
            $"not found above {string.Join(" or ", starts)}. Run from inside the course repository, or regenerate it with: dotnet run --project src/Runner -- make-data");
    }
}
