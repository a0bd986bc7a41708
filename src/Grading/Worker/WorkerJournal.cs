using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DecodingChoices.Grading.Worker;

/// <summary>The worker's journal: a JSON Lines file, appended to and flushed one record at a time.</summary>
public sealed class WorkerJournal(string path)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Path { get; } = path;

    /// <summary>Appends <paramref name="record"/> and flushes it to disk before returning.</summary>
    public void Append(WorkerRecord record)
    {
        var line = JsonSerializer.Serialize(record, Options) + "\n";
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(Encoding.UTF8.GetBytes(line));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Every complete record so far; a last line cut short by a killed worker is skipped.</summary>
    public IReadOnlyList<WorkerRecord> Read()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var records = new List<WorkerRecord>();
        foreach (var line in File.ReadAllLines(Path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                records.Add(JsonSerializer.Deserialize<WorkerRecord>(line, Options)!);
            }
            catch (JsonException)
            {
                // A line the worker was writing when it was killed: the check it belongs to is treated as unfinished.
            }
        }

        return records;
    }
}
