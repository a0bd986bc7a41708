using System.Collections.Immutable;
using DecodingChoices.Shapes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// Compiles test sources in memory against the .NET runtime and the toolkit (for the attributes and the
/// runtime types), runs the shape generator with step tracking, and runs the shape analyzer.
/// </summary>
internal static class GeneratorHarness
{
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    /// <summary>
    /// The in-memory compilation takes this test assembly's name: the checked classes call the toolkit's shape
    /// runtime (MethodShapeContract, ArgumentShape, ShapeDimension), which is internal since the engine was hidden
    /// from students, and the toolkit lets only the assemblies it names (this one among them) see it.
    /// </summary>
    internal const string CompilationName = "DecodingChoices.Generators.Tests";

    internal static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        CompilationName,
        sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{index}.cs")),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver for the shape generator that records every step, with EmitShapeChecks set or left unset.</summary>
    internal static GeneratorDriver CreateDriver(string? emitShapeChecks = null) => CSharpGeneratorDriver.Create(
        [new ShapeCheckGenerator().AsSourceGenerator()],
        additionalTexts: [],
        parseOptions: ParseOptions,
        optionsProvider: Options(emitShapeChecks),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the driver (for a second run), the output compilation and the result.</summary>
    internal static (GeneratorDriver Driver, Compilation Output, GeneratorRunResult Result) Run(CSharpCompilation compilation, string? emitShapeChecks = null)
    {
        var driver = CreateDriver(emitShapeChecks).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, output, driver.GetRunResult().Results.Single());
    }

    /// <summary>The single generated file's text.</summary>
    internal static string GeneratedText(GeneratorRunResult result) => result.GeneratedSources.Single().SourceText.ToString();

    /// <summary>The analyzer's diagnostics on a source, in source order.</summary>
    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = Compile(source).WithAnalyzers([new ShapeContractAnalyzer()]);
        var diagnostics = await compilation.GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)];
    }

    /// <summary>Errors and warnings of a compilation, as text for a failure message.</summary>
    internal static string[] Problems(Compilation compilation) => compilation.GetDiagnostics()
        .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
        .Select(diagnostic => diagnostic.ToString())
        .ToArray();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return
        [
            .. trusted.Where(path => Path.GetDirectoryName(path) == runtimeDirectory).Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(ShapeAttribute).Assembly.Location),
        ];
    }

    /// <summary>Global analyzer options with build_property.EmitShapeChecks set, or absent when null.</summary>
    internal static AnalyzerConfigOptionsProvider Options(string? emitShapeChecks) => new TestOptionsProvider(emitShapeChecks);

    private sealed class TestOptionsProvider(string? emitShapeChecks) : AnalyzerConfigOptionsProvider
    {
        private readonly TestOptions _global = new(emitShapeChecks is null
            ? []
            : new Dictionary<string, string> { [ShapeCheckGenerator.EmitShapeChecksProperty] = emitShapeChecks });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.None;
    }

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        internal static TestOptions None { get; } = new([]);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
