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

namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// Compiles one submission in memory with Roslyn, the way <c>src/Exercises</c> builds: the shipped
/// <c>StudentExercises.cs</c>, the student's file for each exercise they submitted and the shipped stub
/// for each one they did not, with the SDK's implicit usings, against the .NET libraries and the course
/// toolkit only. The other course assemblies (the checks, the reference track) are not referenced, so a
/// submission cannot call them by name.
/// </summary>
/// <remarks>
/// The student's build and the grader share one compile policy: the shipped
/// <c>src/Exercises/exercises.globalconfig</c> (embedded here) sets which diagnostics are errors, and the
/// course analyzers (<c>src/Analyzers</c>) run here as they do in the student's build. So nullable warnings
/// are warnings for both, the API ban (COURSE006) is an error for both, and a submission that builds for
/// the student compiles here, and the reverse.
/// </remarks>
public static class SubmissionCompiler
{
    /// <summary>The compiled submission's assembly name.</summary>
    public const string AssemblyName = "DecodingChoices.Submission";

    /// <summary>The usings a C# project with <c>ImplicitUsings</c> gets from Microsoft.NET.Sdk.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The severities of exercises.globalconfig, as the compiler applies them to every file.</summary>
    private static readonly Lazy<ImmutableDictionary<string, ReportDiagnostic>> Policy = new(LoadPolicy);

    /// <summary>Compiles <paramref name="files"/> into <paramref name="assemblyPath"/> (with an embedded PDB, so stack traces name lines).</summary>
    public static CompileOutcome Compile(SubmissionFiles files, string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(files);
        var trees = new List<SyntaxTree>
        {
            Parse(ImplicitUsings, "GlobalUsings.g.cs"),
            Parse(ShippedSources.StudentExercises(), $"{Exercise.ExercisesRoot}/{ShippedSources.StudentExercisesFile}"),
        };
        foreach (var exercise in Exercise.All)
        {
            var text = files.Files.TryGetValue(exercise, out var path) ? File.ReadAllText(path) : ShippedSources.Stub(exercise);
            trees.Add(Parse(text, ShippedSources.RepositoryPath(exercise)));
        }

        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Debug,
            deterministic: true,
            specificDiagnosticOptions: Policy.Value);
        var compilation = CSharpCompilation.Create(AssemblyName, trees, References.Value, options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var diagnostics = result.Diagnostics.Concat(AnalyzerDiagnostics(compilation)).ToList();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToMessage).ToList();
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(ToMessage).ToList();
        if (!result.Success || errors.Count > 0)
        {
            return new CompileOutcome(null, errors) { Warnings = warnings };
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!);
        File.WriteAllBytes(assemblyPath, image.ToArray());
        return new CompileOutcome(assemblyPath, []) { Warnings = warnings };
    }

    /// <summary>
    /// The course analyzers' diagnostics on the submission, with the severities the policy gives them (the
    /// compilation's options carry it), exactly as the student's <c>dotnet build</c> reports them.
    /// </summary>
    private static ImmutableArray<Diagnostic> AnalyzerDiagnostics(CSharpCompilation compilation) =>
        compilation.WithAnalyzers(CourseAnalyzers.All).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>
    /// Reads the embedded exercises.globalconfig the way the compiler reads a GlobalAnalyzerConfigFiles
    /// item: its <c>dotnet_diagnostic.ID.severity</c> entries become the severity of each ID.
    /// </summary>
    private static ImmutableDictionary<string, ReportDiagnostic> LoadPolicy()
    {
        const string resource = "Exercises/exercises.globalconfig";
        using var stream = typeof(SubmissionCompiler).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The grader was built without the embedded '{resource}': rebuild src/Grading from the course repository.");
        var config = AnalyzerConfig.Parse(SourceText.From(stream), "/src/Exercises/exercises.globalconfig");
        return AnalyzerConfigSet.Create(ImmutableArray.Create(config)).GlobalConfigOptions.TreeOptions;
    }

    private static SyntaxTree Parse(string text, string path) =>
        CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);

    private static CompilerMessage ToMessage(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return new CompilerMessage(
            span.IsValid ? Path.GetFileName(span.Path) : "",
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Severity == DiagnosticSeverity.Error);
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
