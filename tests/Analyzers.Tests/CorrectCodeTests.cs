using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>
/// Correct student code, written in the styles students actually use, gets no diagnostic at all from any
/// course analyzer: a false warning in the editor would teach the wrong thing.
/// </summary>
public sealed class CorrectCodeTests
{
    public static TheoryData<string, string> Variants => new()
    {
        {
            "beginner loops, all six exercises",
            """
            public double[] TransformInputs(double[] theta, double[,] X)
            {
                int trials = X.GetLength(0);
                int neurons = X.GetLength(1);
                double[] z = new double[trials];
                for (int i = 0; i < trials; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < neurons; j++)
                    {
                        sum = sum + X[i, j] * theta[j];
                    }
                    z[i] = sum;
                }
                return z;
            }

            public double[] Sigmoid(double[] z)
            {
                double[] h = new double[z.Length];
                for (int i = 0; i < z.Length; i++)
                {
                    if (z[i] >= 0)
                    {
                        h[i] = 1 / (1 + Math.Exp(-z[i]));
                    }
                    else
                    {
                        double e = Math.Exp(z[i]);
                        h[i] = e / (1 + e);
                    }
                }
                return h;
            }

            public double[] ComputeH(double[] theta, double[,] X) => Sigmoid(TransformInputs(theta, X));

            public double LogisticLoss(double[] theta, double[,] X, int[] y)
            {
                double[] z = TransformInputs(theta, X);
                int n = y.Length;
                double total = 0;
                for (int i = 0; i < n; i++)
                {
                    total += Math.Log(1 + Math.Exp(z[i])) - y[i] * z[i];
                }
                return total / n;
            }

            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
            {
                double[] h = ComputeH(thetaHat, X);
                int correct = 0;
                int n = y.Length;
                for (int i = 0; i < n; i++)
                {
                    int yHat = h[i] >= 0.5 ? 1 : 0;
                    if (yHat == y[i])
                    {
                        correct++;
                    }
                }
                return (double)correct / n;
            }

            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
            {
                var accuracies = new double[shuffles];
                for (int s = 0; s < shuffles; s++)
                {
                    int[] copy = new int[y.Length];
                    Array.Copy(y, copy, y.Length);
                    random.Shuffle(copy);
                    var model = new LogisticRegression();
                    model.Fit(X, copy);
                    accuracies[s] = model.Score(X, copy);
                }
                return accuracies;
            }
            """
        },
        {
            "LINQ",
            """
            public double[] TransformInputs(double[] theta, double[,] X) =>
                Enumerable.Range(0, X.GetLength(0))
                    .Select(i => Enumerable.Range(0, theta.Length).Sum(j => X[i, j] * theta[j]))
                    .ToArray();

            public double[] Sigmoid(double[] z) => z.Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();

            public double LogisticLoss(double[] theta, double[,] X, int[] y)
            {
                var h = ComputeH(theta, X);
                return -y.Select((label, i) => label * Math.Log(h[i]) + (1 - label) * Math.Log(1 - h[i])).Average();
            }

            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) =>
                ComputeH(thetaHat, X).Zip(y, (p, label) => (p >= 0.5 ? 1 : 0) == label).Count(hit => hit) / (double)y.Length;

            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random) =>
                Enumerable.Range(0, shuffles).Select(_ =>
                {
                    var copy = y.ToArray();
                    random.Shuffle(copy);
                    var model = new LogisticRegression();
                    model.Fit(X, copy);
                    return model.Score(X, copy);
                }).ToArray();
            """
        },
        {
            "spans and a helper that fills its own output",
            """
            public double[] TransformInputs(double[] theta, double[,] X)
            {
                int trials = X.GetLength(0), neurons = X.GetLength(1);
                ReadOnlySpan<double> all = System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref X[0, 0], X.Length);
                var z = new double[trials];
                for (int i = 0; i < trials; i++)
                {
                    z[i] = Dot(all.Slice(i * neurons, neurons), theta);
                }
                return z;
            }

            public double[] Sigmoid(double[] z)
            {
                var h = new double[z.Length];
                Apply(z, h);
                return h;
            }

            private static double Dot(ReadOnlySpan<double> row, ReadOnlySpan<double> weights)
            {
                double sum = 0;
                for (int j = 0; j < row.Length; j++) sum += row[j] * weights[j];
                return sum;
            }

            private static void Apply(ReadOnlySpan<double> z, Span<double> h)
            {
                for (int i = 0; i < z.Length; i++) h[i] = 1.0 / (1.0 + Math.Exp(-z[i]));
            }
            """
        },
        {
            "Vector<double> and TensorPrimitives",
            """
            public double[] TransformInputs(double[] theta, double[,] X)
            {
                int trials = X.GetLength(0), neurons = X.GetLength(1);
                var z = new double[trials];
                var row = new double[neurons];
                for (int i = 0; i < trials; i++)
                {
                    for (int j = 0; j < neurons; j++) row[j] = X[i, j];
                    var acc = Vector<double>.Zero;
                    int k = 0;
                    for (; k <= neurons - Vector<double>.Count; k += Vector<double>.Count)
                    {
                        acc += new Vector<double>(row, k) * new Vector<double>(theta, k);
                    }
                    double sum = Vector.Sum(acc);
                    for (; k < neurons; k++) sum += row[k] * theta[k];
                    z[i] = sum;
                }
                return z;
            }

            public double[] Sigmoid(double[] z)
            {
                var h = new double[z.Length];
                TensorPrimitives.Sigmoid<double>(z, h);
                return h;
            }
            """
        },
        {
            "Parallel.For in 1A and a tanh sigmoid",
            """
            public double[] TransformInputs(double[] theta, double[,] X)
            {
                int trials = X.GetLength(0), neurons = X.GetLength(1);
                var z = new double[trials];
                Parallel.For(0, trials, i =>
                {
                    double sum = 0;
                    for (int j = 0; j < neurons; j++) sum += X[i, j] * theta[j];
                    z[i] = sum;
                });
                return z;
            }

            public double[] Sigmoid(double[] z)
            {
                var h = new double[z.Length];
                for (int i = 0; i < z.Length; i++) h[i] = 0.5 * (1 + Math.Tanh(z[i] / 2));
                return h;
            }
            """
        },
        {
            "log-sum-exp loss and a strict-less threshold",
            """
            public double LogisticLoss(double[] theta, double[,] X, int[] y)
            {
                var z = TransformInputs(theta, X);
                double total = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    double softplus = Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i])));
                    total += softplus - y[i] * z[i];
                }
                return total * (1.0 / y.Length);
            }

            public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
            {
                var h = ComputeH(thetaHat, X);
                var hits = 0;
                for (int i = 0; i < h.Length; i++)
                {
                    var yHat = h[i] < 0.5 ? 0 : 1;
                    hits += yHat == y[i] ? 1 : 0;
                }
                double accuracy = hits;
                return accuracy / y.Length;
            }
            """
        },
        {
            "2A with Clone, a local function and a seeded child generator from the given one",
            """
            public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
            {
                var accuracies = new List<double>(shuffles);
                for (int s = 0; s < shuffles; s++)
                {
                    accuracies.Add(Once());
                }
                return accuracies.ToArray();

                double Once()
                {
                    var copy = (int[])y.Clone();
                    random.Shuffle(copy.AsSpan());
                    var model = new LogisticRegression();
                    model.Fit(X, copy);
                    return model.Score(X, copy);
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task CorrectCode_GetsNoDiagnostic(string style, string members)
    {
        Assert.NotEmpty(style);
        await VerifyAsync(Student.Code(members));
    }
}
