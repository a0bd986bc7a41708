using System.Numerics.Tensors;
using System.Text;
using DecodingChoices.Course;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

    /// <summary>Compiles <paramref name="files"/> into <paramref name="assemblyPath"/> (with an embedded PDB, so stack traces name lines).</summary>
    public static CompileOutcome Compile(SubmissionFiles files, string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Compile(files.Files.ToDictionary(f => f.Key, f => File.ReadAllText(f.Value)), assemblyPath);
    }

    /// <summary>Compiles the exercise texts <paramref name="sources"/> (the shipped stub for each exercise missing there) into <paramref name="assemblyPath"/>.</summary>
    public static CompileOutcome Compile(IReadOnlyDictionary<Exercise, string> sources, string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var trees = new List<SyntaxTree>
        {
            Parse(ImplicitUsings, "GlobalUsings.g.cs"),
            Parse(ShippedSources.StudentExercises(), $"{Exercise.ExercisesRoot}/{ShippedSources.StudentExercisesFile}"),
        };
        foreach (var exercise in Exercise.All)
        {
            var text = sources.TryGetValue(exercise, out var source) ? source : ShippedSources.Stub(exercise);
            trees.Add(Parse(text, ShippedSources.RepositoryPath(exercise)));
        }

        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Debug,
            deterministic: true);
        var compilation = CSharpCompilation.Create(AssemblyName, trees, References.Value, options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(ToMessage)
            .ToList();
        if (!result.Success)
        {
            return new CompileOutcome(null, errors);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!);
        File.WriteAllBytes(assemblyPath, image.ToArray());
        return new CompileOutcome(assemblyPath, []);
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
