using System.Text.Json;

namespace DecodingChoices.Runner.Report;

/// <summary>
/// Keeps the student's name between runs in <c>out/.student.json</c> (<c>{"name": "…"}</c>), so it is given
/// (or asked) once. The file lives in the output folder, beside the report, which is never committed.
/// </summary>
internal static class StudentNameStore
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = ".student.json";

    /// <summary>The name kept in <paramref name="outFolder"/>, or null when there is none (or the file is unreadable).</summary>
    public static string? Load(string outFolder)
    {
        var path = Path.Combine(outFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                ? StudentName.Clean(name.GetString())
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged file is not worth failing the report for: the name is looked up again.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="name"/> in <paramref name="outFolder"/> (created if needed).</summary>
    public static void Save(string outFolder, string name)
    {
        Directory.CreateDirectory(outFolder);
        File.WriteAllText(Path.Combine(outFolder, FileName), JsonSerializer.Serialize(new Dictionary<string, string> { ["name"] = name }) + "\n");
    }
}
