using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>
/// The coaching analyzers speak only in exercise code (the namespace DecodingChoices.Exercises); the API ban holds
/// for every type the exercise compilation contains, whatever its namespace (a helper class elsewhere must not slip past it).
/// </summary>
public sealed class ScopeTests
{
    /// <summary>Every mistake the analyzers know, in one class.</summary>
    private const string EveryMistake = """
        public sealed class Everything
        {
            private static double[] _cache = new double[3];

            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
            {
                int correct = 0;
                thetaHat[0] = 1;
                _ = new Random(1);
                _ = {|#0:File.ReadAllText|}("x");
                return correct / y.Length + (thetaHat[0] > 0.5 ? 1 : 0) + _cache.Length;
            }
        }
        """;

    [Theory]
    [InlineData("DecodingChoices.Exercises.Tests")]
    [InlineData("DecodingChoices.Solutions")]
    [InlineData("DecodingChoices.Autograder")]
    [InlineData("DecodingChoices")]
    public async Task OtherNamespaces_GetOnlyTheApiBan(string space)
    {
        await VerifyAsync(
            $"namespace {space};\n\n{EveryMistake}",
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(DiagnosticDescriptors.ForbiddenApi).WithLocation(0).WithArguments("Exercise code", "File.ReadAllText", "the file system"));
    }

    [Fact]
    public async Task TheSameCodeInExerciseCode_IsReported()
    {
        var source = """
            namespace DecodingChoices.Exercises;

            public sealed class Everything
            {
                private static double[] {|#0:_cache|} = new double[3];

                public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
                {
                    int correct = 0;
                    thetaHat[0] = 1;
                    _ = new Random(1);
                    _ = {|#1:File.ReadAllText|}("x");
                    return {|#2:correct / y.Length|} + (thetaHat[0] > 0.5 ? 1 : 0) + _cache.Length;
                }
            }
            """;

        // A helper class is exercise code, but its methods are not exercise methods: the rules about the
        // exercises' own inputs (COURSE002), 2A's generator (COURSE003) and 1E's threshold (COURSE005) stay quiet.
        await VerifyAsync(
            source,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(DiagnosticDescriptors.KeptState).WithLocation(0).WithArguments("Exercise code", "static field", "_cache"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(DiagnosticDescriptors.ForbiddenApi).WithLocation(1).WithArguments("Exercise code", "File.ReadAllText", "the file system"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(DiagnosticDescriptors.IntegerDivision).WithLocation(2).WithArguments("Exercise code", "correct / y.Length", "(double)correct / y.Length"));
    }

    [Fact]
    public void All_HoldsOneAnalyzerPerDiagnostic_InIdOrder()
    {
        var ids = CourseAnalyzers.All.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).ToArray();
        Shouldly.ShouldBeTestExtensions.ShouldBe(ids, ["COURSE001", "COURSE002", "COURSE003", "COURSE004", "COURSE005", "COURSE006"]);
    }
}
