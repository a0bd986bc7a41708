using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>COURSE003: a random generator other than the <c>random</c> parameter in Exercise 2A.</summary>
public sealed class NewRandomGeneratorTests
{
    private const string Tail = "is a random generator other than the one given; shuffle with the 'random' parameter you are given (random.Shuffle(copy)), so the same seed gives the same shuffles and a run can be repeated";

    [Theory]
    [InlineData("var rng = {|#0:new Random(42)|}; rng.Shuffle(copy);", "new Random(42)")]
    [InlineData("var rng = {|#0:new Random()|}; rng.Shuffle(copy);", "new Random()")]
    [InlineData("var rng = {|#0:new SeededRandom(7)|}; rng.Shuffle(copy);", "new SeededRandom(7)")]
    [InlineData("{|#0:Random.Shared|}.Shuffle(copy);", "Random.Shared")]
    [InlineData("{|#0:System.Security.Cryptography.RandomNumberGenerator.Shuffle<int>|}(copy);", "System.Security.Cryptography.RandomNumberGenerator.Shuffle<int>")]
    public async Task AnotherGenerator_IsCOURSE003(string shuffle, string text)
    {
        var source = Student.Code($$"""
            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
            {
                var accuracies = new double[shuffles];
                for (int s = 0; s < shuffles; s++)
                {
                    var copy = y.ToArray();
                    {{shuffle}}
                    var model = new LogisticRegression();
                    model.Fit(X, copy);
                    accuracies[s] = model.Score(X, copy);
                }

                return accuracies;
            }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.NewRandomGenerator, $"Exercise 2A (ShuffledAccuracies): '{text}' {Tail}"));
    }

    [Fact]
    public async Task TheGivenGenerator_AndGeneratorsOutside2A_AreFine()
    {
        var source = Student.Code("""
            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
            {
                var accuracies = new double[shuffles];
                for (int s = 0; s < shuffles; s++)
                {
                    var copy = y.ToArray();
                    random.Shuffle(copy);
                    var model = new LogisticRegression();
                    model.Fit(X, copy);
                    accuracies[s] = model.Score(X, copy);
                }

                return accuracies;
            }

            public double[] Sigmoid(double[] z)
            {
                _ = new Random(1).Next();
                return z.Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
            }
            """);

        await VerifyAsync(source);
    }
}
