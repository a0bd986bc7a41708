namespace DecodingChoices.Data;

/// <summary>Reads a spike dataset from a file, by its extension: the course's CSV layout, or a numpy <c>.npz</c> archive.</summary>
public static class DatasetLoader
{
    /// <summary>Reads <paramref name="path"/> (<c>.csv</c> or <c>.npz</c>).</summary>
    /// <exception cref="DatasetException">The file is missing, of another kind, or not usable; the message says which and why.</exception>
    public static SpikeDataset Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvDatasetReader.Read(path),
            ".npz" => SteinmetzArchive.Load(path),
            var other => throw new DatasetException(Path.GetFullPath(path),
                $"unknown kind of file '{other}': give a .csv in the course's layout (choice,neuron_0,…) or a numpy .npz with 'spikes' and 'choices'."),
        };
    }
}
