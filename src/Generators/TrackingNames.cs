namespace DecodingChoices.Generators;

/// <summary>
/// Names of the generator's pipeline steps, so tests can ask Roslyn whether each step was cached
/// after an edit (see IncrementalityTests).
/// </summary>
public static class TrackingNames
{
    /// <summary>Every <c>[ShapeContract]</c> interface, read into a model (null when it cannot be wrapped).</summary>
    public const string Contracts = nameof(Contracts);

    /// <summary>The models of the interfaces that can be wrapped.</summary>
    public const string SupportedContracts = nameof(SupportedContracts);

    /// <summary>The value of the <c>EmitShapeChecks</c> MSBuild property.</summary>
    public const string EmitShapeChecks = nameof(EmitShapeChecks);

    /// <summary>Each model paired with the <c>EmitShapeChecks</c> setting: the input of the source output.</summary>
    public const string ContractsWithSettings = nameof(ContractsWithSettings);
}
