using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>COURSE005: a strict threshold at h = 0.5 in Exercise 1E.</summary>
public sealed class StrictThresholdTests
{
    [Theory]
    [InlineData("int yHat = {|#0:h[i] > 0.5|} ? 1 : 0;", "h[i] > 0.5", "h[i] >= 0.5")]
    [InlineData("int yHat = {|#0:h[i] <= 0.5|} ? 0 : 1;", "h[i] <= 0.5", "h[i] < 0.5")]
    [InlineData("int yHat = {|#0:0.5 < h[i]|} ? 1 : 0;", "0.5 < h[i]", "0.5 <= h[i]")]
    [InlineData("int yHat = {|#0:0.5f >= h[i]|} ? 0 : 1;", "0.5f >= h[i]", "0.5f > h[i]")]
    [InlineData("int yHat = {|#0:h[i] > Half|} ? 1 : 0;", "h[i] > Half", "h[i] >= Half")]
    public async Task StrictComparisonWithAHalf_IsCOURSE005(string statement, string comparison, string fix)
    {
        var source = Student.Code($$"""
            private const double Half = 0.5;

            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
            {
                var h = ComputeH(thetaHat, X);
                double correct = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    {{statement}}
                    if (yHat == y[i]) correct++;
                }

                return correct / y.Length;
            }
            """);

        await VerifyAsync(source, Expect(
            DiagnosticDescriptors.StrictThreshold,
            $"Exercise 1E (EvaluateAccuracy): '{comparison}' predicts 0 for a trial with h exactly 0.5; the tutorial's rule is ŷ = 1 when h ≥ 0.5, so write '{fix}'"));
    }

    [Fact]
    public async Task InALinqLambda_IsCOURSE005()
    {
        var source = Student.Code("""
            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) =>
                ComputeH(thetaHat, X).Select((p, i) => ({|#0:p > 0.5|} ? 1 : 0) == y[i] ? 1.0 : 0.0).Average();
            """);

        await VerifyAsync(source, Expect(
            DiagnosticDescriptors.StrictThreshold,
            "Exercise 1E (EvaluateAccuracy): 'p > 0.5' predicts 0 for a trial with h exactly 0.5; the tutorial's rule is ŷ = 1 when h ≥ 0.5, so write 'p >= 0.5'"));
    }

    [Fact]
    public async Task TheTutorialsRule_AndStrictComparisonsElsewhere_AreFine()
    {
        var source = Student.Code("""
            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
            {
                var h = ComputeH(thetaHat, X);
                int correct = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    int a = h[i] >= 0.5 ? 1 : 0;
                    int b = h[i] < 0.5 ? 0 : 1;
                    int c = 0.5 <= h[i] ? 1 : 0;
                    if (a == y[i] && b == a && c == b && 0.5 > 0.4) correct++;
                }

                return (double)correct / y.Length;
            }

            public double[] Sigmoid(double[] z) => z.Select(v => v > 0.5 ? 1.0 / (1.0 + Math.Exp(-v)) : Math.Exp(v) / (1.0 + Math.Exp(v))).ToArray();
            """);

        await VerifyAsync(source);
    }
}
