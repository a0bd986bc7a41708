using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using DecodingChoices.Course;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>
/// Roslyn's analyzer test, set up the way exercise code is compiled: every course analyzer at once (so a
/// test also proves that the others stay quiet), C# latest with nullable on, the SDK's implicit usings,
/// and references to this runtime's own assemblies and the course toolkit instead of a downloaded
/// reference pack (the tests need no network).
/// </summary>
/// <remarks>
/// A test source holds the exercise methods it is about; the harness adds the rest of the student's class
/// (the <c>ICourseExercises</c> declaration and a throwing stub for every exercise method the source does
/// not write), so each source compiles as a real submission would. Compiler errors fail the test.
/// </remarks>
internal sealed class CourseAnalyzerTest : CSharpAnalyzerTest<ForbiddenApiAnalyzer, DefaultVerifier>
{
    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    /// <summary>The exercise methods, as ICourseExercises declares them.</summary>
    private static readonly (string Name, string Signature)[] ExerciseMethods =
    [
        ("TransformInputs", "public double[] TransformInputs(double[] theta, double[,] X)"),
        ("Sigmoid", "public double[] Sigmoid(double[] z)"),
        ("ComputeH", "public double[] ComputeH(double[] theta, double[,] X)"),
        ("LogisticLoss", "public double LogisticLoss(double[] theta, double[,] X, int[] y)"),
        ("EvaluateAccuracy", "public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)"),
        ("ShuffledAccuracies", "public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, DecodingChoices.Randomness.SeededRandom random)"),
    ];

    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private CourseAnalyzerTest(string source)
    {
        // An empty reference set: nothing to download. The runtime's assemblies come in below instead.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References);
        TestCode = source;
        TestState.Sources.Add(("GlobalUsings.cs", ImplicitUsings));
        TestState.Sources.Add(("StudentExercises.cs", RestOfTheClass(source)));
    }

    /// <summary>Runs every course analyzer on <paramref name="source"/> and checks that exactly <paramref name="expected"/> are reported.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CourseAnalyzerTest(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>An expected diagnostic at markup location <c>{|#0:…|}</c>, with its exact message.</summary>
    public static DiagnosticResult Expect(DiagnosticDescriptor descriptor, string message, int location = 0) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithMessage(message);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => CourseAnalyzers.All;

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The shipped StudentExercises.cs, plus a stub for each exercise method <paramref name="source"/> leaves out.</summary>
    private static string RestOfTheClass(string source)
    {
        var declaresTheClass = source.Contains("partial class StudentExercises", StringComparison.Ordinal);
        var stubs = ExerciseMethods
            .Where(method => !declaresTheClass || !Regex.IsMatch(source, $@"public\s+double(\[\])?\s+{method.Name}\s*\("))
            .Select(method => $"    {method.Signature} => throw new NotImplementedException();");
        return $$"""
            namespace DecodingChoices.Exercises;

            public sealed partial class StudentExercises : DecodingChoices.Course.ICourseExercises
            {
            {{string.Join("\n", stubs)}}
            }
            """;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return
        [
            .. trusted.Where(path => Path.GetDirectoryName(path) == runtimeDirectory).Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(ICourseExercises).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(TensorPrimitives).Assembly.Location),
        ];
    }
}
