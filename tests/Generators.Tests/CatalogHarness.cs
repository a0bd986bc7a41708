using System.Collections.Immutable;
using DecodingChoices.Course;
using DecodingChoices.Generators.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// Runs the exercise-catalog generator on manifests held in memory, with step tracking, over a compilation
/// that declares an <c>ICourseExercises</c> with the real contract's method names (and nothing of the toolkit,
/// so that the toolkit's own sources can be compiled beside the generated catalog without clashing).
/// </summary>
internal static class CatalogHarness
{
    /// <summary>Where the in-memory manifests pretend to live.</summary>
    internal const string ExercisesFolder = "/repo/src/Exercises";

    /// <summary>The real contract's method names, in declaration order.</summary>
    internal static readonly string[] ContractMethods = [.. typeof(ICourseExercises).GetMethods().Select(method => method.Name)];

    /// <summary>An interface with the real contract's method names (as <c>void</c> methods: the names are all that counts).</summary>
    internal static readonly string Contract =
        "namespace DecodingChoices.Course;\n\npublic interface ICourseExercises\n{\n"
        + string.Concat(ContractMethods.Select(name => $"    void {name}();\n"))
        + "}\n";

    private static readonly ImmutableArray<MetadataReference> RuntimeReferences = LoadRuntimeReferences();

    /// <summary>A compilation of <paramref name="sources"/> (the contract by default) against the .NET runtime only.</summary>
    internal static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "CatalogUnderTest",
        (sources.Length == 0 ? [Contract] : sources).Select((source, index) => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: $"Source{index}.cs")),
        RuntimeReferences,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The path of <c>exercise.json</c> in the folder <paramref name="folder"/>.</summary>
    internal static string PathOf(string folder) => $"{ExercisesFolder}/{folder}/exercise.json";

    /// <summary>The six real manifests, as additional texts.</summary>
    internal static AdditionalText[] RealManifests() =>
        [.. RepositoryFiles.Manifests().Select(manifest => new InMemoryAdditionalText(manifest.Path, manifest.Text))];

    /// <summary>A driver for the catalog generator over <paramref name="manifests"/> that records every step.</summary>
    internal static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> manifests) => CSharpGeneratorDriver.Create(
        [new ExerciseCatalogGenerator().AsSourceGenerator()],
        additionalTexts: manifests,
        parseOptions: GeneratorHarness.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the driver (for a second run), the output compilation and the result.</summary>
    internal static (GeneratorDriver Driver, Compilation Output, GeneratorRunResult Result) Run(IEnumerable<AdditionalText> manifests, CSharpCompilation? compilation = null)
    {
        var driver = CreateDriver(manifests).RunGeneratorsAndUpdateCompilation(compilation ?? Compile(), out var output, out _);
        return (driver, output, driver.GetRunResult().Results.Single());
    }

    /// <summary>The generator's diagnostics for manifests given as (folder, text).</summary>
    internal static ImmutableArray<Diagnostic> Diagnose(params (string Folder, string Text)[] manifests) =>
        Run(manifests.Select(manifest => new InMemoryAdditionalText(PathOf(manifest.Folder), manifest.Text))).Result.Diagnostics;

    private static ImmutableArray<MetadataReference> LoadRuntimeReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted.Where(path => Path.GetDirectoryName(path) == runtimeDirectory).Select(path => MetadataReference.CreateFromFile(path))];
    }
}
