using System.Text.Json;
using DecodingChoices.Runner.Output;

namespace DecodingChoices.Runner.Hints;

/// <summary>
/// Remembers how many hints of each exercise were shown, in a small JSON file (by default
/// <c>out/.hints.json</c>, ignored by git), so each <c>hint</c> call shows the next one.
/// </summary>
/// <param name="path">The file; it is created on the first hint.</param>
internal sealed class HintLedger(string path)
{
    /// <summary>The file's name inside the output folder.</summary>
    public const string FileName = ".hints.json";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>How many hints of each exercise were shown so far.</summary>
    public Dictionary<string, int> Read()
    {
        if (!File.Exists(Path))
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            var shown = JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(Path));
            return new(shown ?? [], StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            // A damaged ledger only means hints start again from the first.
            return new(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>Records that <paramref name="count"/> hints of <paramref name="id"/> were shown.</summary>
    public void Record(string id, int count)
    {
        var shown = Read();
        shown[id] = count;
        Write(shown);
    }

    /// <summary>Forgets the hints shown for <paramref name="id"/>, or for every exercise when it is null.</summary>
    public void Reset(string? id)
    {
        var shown = Read();
        if (id is null)
        {
            shown.Clear();
        }
        else
        {
            shown.Remove(id);
        }

        Write(shown);
    }

    private void Write(Dictionary<string, int> shown)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, JsonSerializer.Serialize(shown, JsonOutput.Options));
    }
}
