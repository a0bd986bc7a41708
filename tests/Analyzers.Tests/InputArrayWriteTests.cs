using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>COURSE002: an exercise writes into an array it was given.</summary>
public sealed class InputArrayWriteTests
{
    private const string Z = "this writes into the input 'z' (the values σ is applied to), so the caller's array changes too; leave z as it is and write into a new array or a copy such as (double[])z.Clone()";
    private const string Y = "this writes into the input 'y' (the choices, one per trial), so the caller's array changes too; leave y as it is and write into a new array or a copy such as (int[])y.Clone()";

    [Fact]
    public async Task SigmoidInPlace_IsCOURSE002_AtTheElement()
    {
        var source = Student.Code("""
            public double[] Sigmoid(double[] z)
            {
                for (int i = 0; i < z.Length; i++)
                {
                    {|#0:z[i]|} = 1.0 / (1.0 + Math.Exp(-z[i]));
                }

                return z;
            }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.InputArrayWrite, $"Exercise 1B (Sigmoid): {Z}"));
    }

    [Theory]
    [InlineData("{|#0:z[0]|} += 1;")]
    [InlineData("{|#0:z[0]|}++;")]
    [InlineData("Array.Sort({|#0:z|});")]
    [InlineData("Array.Copy(new double[z.Length], {|#0:z|}, z.Length);")]
    [InlineData("TensorPrimitives.Sigmoid<double>(z, {|#0:z|});")]
    [InlineData("TensorPrimitives.Negate<double>(z, {|#0:z.AsSpan()|});")]
    [InlineData("System.Threading.Interlocked.Exchange(ref {|#0:z[0]|}, 1.0);")]
    public async Task OtherWritesIntoZ_AreCOURSE002(string statement)
    {
        var source = Student.Code($$"""
            public double[] Sigmoid(double[] z)
            {
                {{statement}}
                return new double[z.Length];
            }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.InputArrayWrite, $"Exercise 1B (Sigmoid): {Z}"));
    }

    [Fact]
    public async Task ShufflingTheRealChoices_IsCOURSE002_AtTheArgument()
    {
        var source = Student.Code("""
            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
            {
                var accuracies = new double[shuffles];
                for (int s = 0; s < shuffles; s++)
                {
                    random.Shuffle({|#0:y|});
                    var model = new LogisticRegression();
                    model.Fit(X, y);
                    accuracies[s] = model.Score(X, y);
                }

                return accuracies;
            }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.InputArrayWrite, $"Exercise 2A (ShuffledAccuracies): {Y}"));
    }

    [Fact]
    public async Task ACopyThatIsTheSameArray_IsCOURSE002_NamingBoth()
    {
        var source = Student.Code("""
            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
            {
                var accuracies = new double[shuffles];
                for (int s = 0; s < shuffles; s++)
                {
                    var copy = y;
                    random.Shuffle({|#0:copy|});
                    var model = new LogisticRegression();
                    model.Fit(X, copy);
                    accuracies[s] = model.Score(X, copy);
                }

                return accuracies;
            }
            """);

        await VerifyAsync(source, Expect(
            DiagnosticDescriptors.InputArrayWrite,
            "Exercise 2A (ShuffledAccuracies): this writes into 'copy', which is the same array as the input 'y' (the choices, one per trial): assigning an array copies the reference, not the values, so the caller's array changes too; leave y as it is and write into a new array or a copy such as (int[])y.Clone()"));
    }

    [Fact]
    public async Task WritingIntoXInsideALambda_IsCOURSE002()
    {
        var source = Student.Code("""
            public double[] TransformInputs(double[] theta, double[,] X)
            {
                int trials = X.GetLength(0), neurons = X.GetLength(1);
                var z = new double[trials];
                Parallel.For(0, trials, i =>
                {
                    for (int j = 0; j < neurons; j++)
                    {
                        {|#0:X[i, j]|} *= theta[j];
                        z[i] += X[i, j];
                    }
                });
                return z;
            }
            """);

        await VerifyAsync(source, Expect(
            DiagnosticDescriptors.InputArrayWrite,
            "Exercise 1A (TransformInputs): this writes into the input 'X' (the spike rates, one row per trial and one column per neuron), so the caller's array changes too; leave X as it is and write into a new array or a copy such as (double[,])X.Clone()"));
    }

    [Fact]
    public async Task WritingIntoOwnArrays_OrACopy_OrAHelpersParameter_IsFine()
    {
        var source = Student.Code("""
            public double[] Sigmoid(double[] z)
            {
                var h = new double[z.Length];
                for (int i = 0; i < z.Length; i++) h[i] = 1.0 / (1.0 + Math.Exp(-z[i]));
                Fill(h);
                return h;
            }

            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
            {
                var accuracies = new double[shuffles];
                for (int s = 0; s < shuffles; s++)
                {
                    var copy = (int[])y.Clone();
                    random.Shuffle(copy);
                    var model = new LogisticRegression();
                    model.Fit(X, copy);
                    accuracies[s] = model.Score(X, copy);
                }

                return accuracies;
            }

            private static void Fill(double[] output) => output[0] = output[0];
            """);

        await VerifyAsync(source);
    }
}
