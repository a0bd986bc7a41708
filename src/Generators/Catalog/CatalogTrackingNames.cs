namespace DecodingChoices.Generators.Catalog;

/// <summary>
/// Names of the catalog pipeline's steps, so tests can ask Roslyn whether each step was cached after an edit
/// (see CatalogIncrementalityTests).
/// </summary>
public static class CatalogTrackingNames
{
    /// <summary>Each <c>exercise.json</c>, read into a model and its own problems.</summary>
    public const string Manifests = nameof(Manifests);

    /// <summary>The method names of <c>ICourseExercises</c>, re-read on every compilation but equal unless the contract changes.</summary>
    public const string ContractMethods = nameof(ContractMethods);

    /// <summary>Every manifest together, checked against each other and the contract, in task order: the source output's input.</summary>
    public const string Catalog = nameof(Catalog);
}
