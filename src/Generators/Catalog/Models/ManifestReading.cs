namespace DecodingChoices.Generators.Catalog.Models;

/// <summary>What reading one manifest gave: the exercise, unless a field is missing or unreadable, and the problems found.</summary>
/// <param name="Manifest">The exercise, or null when the JSON is malformed or a field is missing or of the wrong type.</param>
/// <param name="Problems">What is wrong with this manifest on its own (the catalog adds what is wrong between manifests).</param>
internal sealed record ManifestReading(ExerciseManifest? Manifest, EquatableArray<ManifestProblem> Problems);
