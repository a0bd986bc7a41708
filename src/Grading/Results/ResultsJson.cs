using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DecodingChoices.Grading.Results;

/// <summary>How the JSON results files are written: indented, with text left readable (no \u escapes for é or σ).</summary>
internal static class ResultsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";

    /// <summary>Seconds rounded to the millisecond.</summary>
    public static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 3);

    /// <summary>A 64-bit seed as a string: JSON readers in JavaScript lose digits of numbers above 2^53.</summary>
    public static string Seed(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);
}
