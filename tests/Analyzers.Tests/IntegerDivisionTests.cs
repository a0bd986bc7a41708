using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>COURSE001: integer division whose result is used as a fraction.</summary>
public sealed class IntegerDivisionTests
{
    private const string Tail = "divides two whole numbers, so C# throws the fraction away (1 / 220 is 0, and so is 219 / 220) before it becomes a double; a mean over trials or a fraction of trials needs real division: write";

    [Fact]
    public async Task OneOverN_InTheLoss_IsCOURSE001_WithTheRealDivision()
    {
        var source = Student.Code("""
            public double LogisticLoss(double[] theta, double[,] X, int[] y)
            {
                var h = ComputeH(theta, X);
                int n = y.Length;
                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += y[i] * Math.Log(h[i]) + (1 - y[i]) * Math.Log(1 - h[i]);
                }

                return -({|#0:1 / n|}) * sum;
            }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.IntegerDivision, $"Exercise 1D (LogisticLoss): '1 / n' {Tail} 1.0 / n"));
    }

    [Fact]
    public async Task CorrectOverN_ReturnedAsTheAccuracy_IsCOURSE001()
    {
        var source = Student.Code("""
            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
            {
                var h = ComputeH(thetaHat, X);
                int correct = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    if ((h[i] >= 0.5 ? 1 : 0) == y[i]) correct++;
                }

                return {|#0:correct / y.Length|};
            }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.IntegerDivision, $"Exercise 1E (EvaluateAccuracy): 'correct / y.Length' {Tail} (double)correct / y.Length"));
    }

    [Theory]
    [InlineData("double accuracy = {|#0:correct / n|};", "correct / n", "(double)correct / n")]
    [InlineData("double accuracy = (double)({|#0:correct / n|});", "correct / n", "(double)correct / n")]
    [InlineData("double accuracy = 0; accuracy += {|#0:correct / n|};", "correct / n", "(double)correct / n")]
    [InlineData("double accuracy = Math.Round({|#0:(correct + 1) / n|} * 100.0);", "(correct + 1) / n", "(double)(correct + 1) / n")]
    [InlineData("double accuracy = {|#0:-1 / n|} * 2;", "-1 / n", "-1.0 / n")]
    [InlineData("float accuracy = {|#0:correct / (n + 0)|};", "correct / (n + 0)", "(double)correct / (n + 0)")]
    public async Task DivisionUsedAsARealNumber_IsCOURSE001(string statement, string division, string fix)
    {
        var source = Student.Code($$"""
            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
            {
                int correct = y.Length - 1, n = y.Length;
                {{statement}}
                return accuracy;
            }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.IntegerDivision, $"Exercise 1E (EvaluateAccuracy): '{division}' {Tail} {fix}"));
    }

    [Fact]
    public async Task InAHelperMethod_NamesExerciseCode()
    {
        var source = Student.Code("""
            private static double Mean(int[] counts, int n) => {|#0:counts.Sum() / n|};
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.IntegerDivision, $"Exercise code: 'counts.Sum() / n' {Tail} (double)counts.Sum() / n"));
    }

    [Fact]
    public async Task WholeNumberDivisions_AreFine()
    {
        var source = Student.Code("""
            public double[] TransformInputs(double[] theta, double[,] X)
            {
                int trials = X.GetLength(0), neurons = X.GetLength(1);
                var flat = new double[trials * neurons];
                for (int k = 0; k < flat.Length; k++)
                {
                    flat[k] = X[k / neurons, k % neurons];
                }

                int half = trials / 2;
                long quarter = trials / 4;
                double exact = 10 / 5;
                var z = new double[trials];
                for (int i = 0; i < trials; i++)
                {
                    for (int j = 0; j < neurons; j++) z[i] += flat[i * neurons + j] * theta[j];
                }

                return half + quarter + exact > 0 ? z : z;
            }
            """);

        await VerifyAsync(source);
    }
}
