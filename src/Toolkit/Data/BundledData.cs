using DecodingChoices.Course;

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
    /// to the first folder that has <see cref="RelativePath"/> (<see cref="RepositorySearch"/>).
    /// </summary>
    /// <exception cref="DatasetException">No such folder: the message lists where it looked.</exception>
    public static string Locate()
    {
        var starts = RepositorySearch.ProgramStarts();
        return RepositorySearch.FolderHolding(RelativePath, starts) is { } root
            ? Path.Combine(root, RelativePath)
            : throw new DatasetException(RelativePath,
                $"not found above {string.Join(" or ", starts)}. Run from inside the course repository, or regenerate it with: dotnet run --project src/Runner -- make-data");
    }
}
