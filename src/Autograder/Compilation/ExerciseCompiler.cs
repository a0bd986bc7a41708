using System.Numerics.Tensors;
using System.Text;
using DecodingChoices.Course;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Autograder.Compilation;

/// <summary>
/// Compiles exercise files in memory with Roslyn, the way <c>src/Exercises</c> builds: the SDK's implicit usings,
/// nullable reference types on, against the .NET libraries this process runs on, the course toolkit and
/// System.Numerics.Tensors, and nothing else (so the code cannot call the checks or a reference track by name).
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

    /// <summary>
    /// The warnings <c>src/Exercises/Exercises.csproj</c> leaves as warnings (an unused variable while a stub is half
    /// done); with <see cref="Compile"/>'s <c>warningsAsErrors</c>, every other warning is an error, as in the build.
    /// </summary>
    public static readonly IReadOnlyList<string> WarningsNotAsErrors = ["CS0168", "CS0219", "CS0162", "CS8321"];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The compilation options: a library, nullable enabled, debug code (so line numbers are exact).</summary>
    public static CSharpCompilationOptions Options(bool warningsAsErrors)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Debug,
            deterministic: true);
        return warningsAsErrors
            ? options.WithGeneralDiagnosticOption(ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(WarningsNotAsErrors.ToDictionary(id => id, _ => ReportDiagnostic.Warn))
            : options;
    }

    /// <summary>
    /// Compiles <paramref name="sources"/> (plus the implicit usings) into the assembly <paramref name="assemblyName"/>.
    /// </summary>
    /// <param name="assemblyName">The compiled assembly's name.</param>
    /// <param name="sources">The files, each with the path its messages name.</param>
    /// <param name="warningsAsErrors">Treat warnings as errors, as the course's build does (the runner); false: errors only (the grader).</param>
    public static CompiledImage Compile(string assemblyName, IEnumerable<ExerciseSource> sources, bool warningsAsErrors = false)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var trees = new List<SyntaxTree> { Parse(new ExerciseSource(ImplicitUsings, "GlobalUsings.g.cs")) };
        trees.AddRange(sources.Select(Parse));
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value, Options(warningsAsErrors));

        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        return result.Success ? new CompiledImage(image.ToArray(), errors) : new CompiledImage(null, errors);
    }

    private static SyntaxTree Parse(ExerciseSource source) =>
        CSharpSyntaxTree.ParseText(SourceText.From(source.Text, Encoding.UTF8), ParseOptions, source.Path);

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
