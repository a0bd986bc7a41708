using System.Text.Json;

namespace DecodingChoices.Toolkit.Tests.Data;

/// <summary>
/// The archives numpy wrote (Fixtures/npz, made by make_npz_fixtures.py) and their JSON sidecar, which
/// records each array's dtype, shape and exact values as IEEE-754 bit patterns, each archive's md5, and
/// the bytes np.save writes for a few small arrays.
/// </summary>
internal static class NumpyFixtures
{
    private static readonly Lazy<JsonElement> Sidecar = new(() =>
        JsonDocument.Parse(File.ReadAllText(PathOf("npz_fixtures.json"))).RootElement);

    public static JsonElement Root => Sidecar.Value;

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "npz", name);

    public static JsonElement Archive(string name) => Root.GetProperty("archives").GetProperty(name);

    public static JsonElement Array(string archive, string key) => Archive(archive).GetProperty("arrays").GetProperty(key);

    public static int[] Shape(JsonElement array) => array.GetProperty("shape").EnumerateArray().Select(axis => axis.GetInt32()).ToArray();

    /// <summary>The elements' bit patterns (floats) or values (integers, bools), in C order.</summary>
    public static ulong[] Bits(JsonElement array) =>
        array.GetProperty("bits").EnumerateArray().Select(hex => Convert.ToUInt64(hex.GetString(), 16)).ToArray();
}
