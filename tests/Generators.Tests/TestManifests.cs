namespace DecodingChoices.Generators.Tests;

/// <summary>Manifests for the catalog generator's tests: one valid manifest, which each test edits to break one rule.</summary>
internal static class TestManifests
{
    /// <summary>A valid manifest for the folder <c>1B-Sigmoid</c>, task 1 of 1.</summary>
    internal const string Valid = """
        {
          "id": "1B",
          "method": "Sigmoid",
          "title": "The sigmoid",
          "task": 1,
          "points": 10,
          "files": ["Sigmoid.cs"],
          "stub": {
            "usings": [],
            "comments": ["one"],
            "task": "return sigma."
          }
        }
        """;

    /// <summary>A valid manifest for <c>{id}-{method}</c> with the given task number.</summary>
    internal static string For(string id, string method, int task) => Valid
        .Replace("\"1B\"", $"\"{id}\"", StringComparison.Ordinal)
        .Replace("\"Sigmoid\"", $"\"{method}\"", StringComparison.Ordinal)
        .Replace("\"Sigmoid.cs\"", $"\"{method}.cs\"", StringComparison.Ordinal)
        .Replace("\"task\": 1,", $"\"task\": {task},", StringComparison.Ordinal);
}
