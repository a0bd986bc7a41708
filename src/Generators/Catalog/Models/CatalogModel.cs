namespace DecodingChoices.Generators.Catalog.Models;

/// <summary>The input of the catalog's source output: the exercises in task order and every problem to report.</summary>
/// <param name="Exercises">The manifests that could be read, ordered by task number.</param>
/// <param name="Problems">Every problem, of single manifests and between them, in a stable order.</param>
internal sealed record CatalogModel(EquatableArray<ExerciseManifest> Exercises, EquatableArray<ManifestProblem> Problems);
