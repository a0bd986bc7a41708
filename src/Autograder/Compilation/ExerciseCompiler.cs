using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Text;
using DecodingChoices.Analyzers;
using DecodingChoices.Course;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Autograder.Compilation;

/// <summary>
/// Compiles exercise files in memory with Roslyn, the way <c>src/Exercises</c> builds: the SDK's implicit usings,
/// nullable reference types on, against the .NET libraries this process runs on, the course toolkit and
/// System.Numerics.Tensors, and nothing else (so the code cannot call the checks or a reference track by name).
/// <para>
/// One compile policy: <c>src/Exercises/exercises.globalconfig</c> (embedded here, the file the student's build
/// reads) sets which diagnostics are errors, and the course analyzers (<c>src/Analyzers</c>) run here as they do
/// in the student's build. So nullable warnings are warnings everywhere, the API ban (COURSE006) is an error
/// everywhere, and code that builds for the student compiles in <c>watch</c>, in <c>check</c> and in the grader.
/// </para>
/// <para>
/// Both sides of the course use it: the runner's <c>watch</c> and <c>check</c> compile the student's files on each
/// save without starting a build, and the grader compiles each submission. The first compilation in a process
/// pays for loading the compiler (about a second); later ones take a fraction of that.
/// </para>
/// </summary>
internal static class ExerciseCompiler
{
    /// <summary>The usings a C# project with <c>ImplicitUsings</c> gets from Microsoft.NET.Sdk.</summary>
    public const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>The name under which the policy file is embedded.</summary>
    public const string PolicyResource = "Exercises/exercises.globalconfig";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The severities of exercises.globalconfig, as the compiler applies them to every file.</summary>
    private static readonly Lazy<ImmutableDictionary<string, ReportDiagnostic>> Policy = new(LoadPolicy);

    /// <summary>The compilation options: a library, nullable enabled, debug code (so line numbers are exact), the policy's severities.</summary>
    public static CSharpCompilationOptions Options() =>
        new(OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Debug,
            deterministic: true,
            specificDiagnosticOptions: Policy.Value);

    /// <summary>
    /// Compiles <paramref name="sources"/> (plus the implicit usings) into the assembly <paramref name="assemblyName"/>
    /// and runs the course analyzers on it.
    /// </summary>
    /// <param name="assemblyName">The compiled assembly's name.</param>
    /// <param name="sources">The files, each with the path its messages name.</param>
    public static CompiledImage Compile(string assemblyName, IEnumerable<ExerciseSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var trees = new List<SyntaxTree> { Parse(new ExerciseSource(ImplicitUsings, "GlobalUsings.g.cs")) };
        trees.AddRange(sources.Select(Parse));
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value, Options());

        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var diagnostics = result.Diagnostics.Concat(AnalyzerDiagnostics(compilation))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        return new CompiledImage(result.Success && errors.Count == 0 ? image.ToArray() : null, errors) { Warnings = warnings };
    }

    private static SyntaxTree Parse(ExerciseSource source) =>
        CSharpSyntaxTree.ParseText(SourceText.From(source.Text, Encoding.UTF8), ParseOptions, source.Path);

    /// <summary>
    /// The course analyzers' diagnostics, with the severities the policy gives them (the compilation's options
    /// carry it), exactly as the student's <c>dotnet build</c> reports them.
    /// </summary>
    private static ImmutableArray<Diagnostic> AnalyzerDiagnostics(CSharpCompilation compilation) =>
        compilation.WithAnalyzers(CourseAnalyzers.All).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>
    /// Reads the embedded exercises.globalconfig the way the compiler reads a GlobalAnalyzerConfigFiles item: its
    /// <c>dotnet_diagnostic.ID.severity</c> entries become the severity of each ID.
    /// </summary>
    private static ImmutableDictionary<string, ReportDiagnostic> LoadPolicy()
    {
        using var stream = typeof(ExerciseCompiler).Assembly.GetManifestResourceStream(PolicyResource)
            ?? throw new InvalidOperationException($"The autograder was built without the embedded '{PolicyResource}': rebuild src/Autograder from the course repository.");
        var config = AnalyzerConfig.Parse(SourceText.From(stream), "/src/Exercises/exercises.globalconfig");
        return AnalyzerConfigSet.Create(ImmutableArray.Create(config)).GlobalConfigOptions.TreeOptions;
    }

    /// <summary>The .NET libraries this process runs on, the toolkit, and System.Numerics.Tensors.</summary>
    private static List<MetadataReference> LoadReferences()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkFolder, StringComparison.Ordinal));
        var course = new[] { typeof(ICourseExercises).Assembly.Location, typeof(TensorPrimitives).Assembly.Location };
        return [.. platform.Concat(course).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
