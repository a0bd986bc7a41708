using System.Numerics;
using System.Runtime.InteropServices;
using DecodingChoices.Course;
using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Toolkit.Tests.SelfTests;

/// <summary>
/// Right answers in other styles than <see cref="NaiveLoopExercises"/>: LINQ, spans, SIMD, parallel loops,
/// other but equivalent formulas. Each changes one method; every check must pass them all.
/// </summary>
public static class CorrectVariants
{
    public sealed record Variant(string Name, ICourseExercises Track)
    {
        public override string ToString() => Name;
    }

    public static IReadOnlyList<Variant> All { get; } =
    [
        new("1A with LINQ", new TransformInputsLinq()),
        new("1A with row spans", new TransformInputsSpans()),
        new("1A with Vector<double>", new TransformInputsSimd()),
        new("1A with Parallel.For over trials", new TransformInputsParallel()),
        new("1B with a stable branch for negative z", new SigmoidStableBranch()),
        new("1B from tanh", new SigmoidTanh()),
        new("1B with LINQ", new SigmoidLinq()),
        new("1C in one fused loop", new ComputeHFused()),
        new("1D as log-sum-exp from z", new LossLogSumExp()),
        new("1D with LINQ, -(1.0 / n) * sum", new LossLinq()),
        new("1E with (double)correct / n", new AccuracyDoubleCast()),
        new("1E with LINQ Average", new AccuracyLinq()),
        new("2A reshuffling one copy", new ShuffleOneCopy()),
        new("2A with spans and LINQ", new ShuffleSpans()),
    ];

    private sealed class TransformInputsLinq : NaiveLoopExercises
    {
        public override double[] TransformInputs(double[] theta, double[,] X) =>
            [.. Enumerable.Range(0, X.GetLength(0)).Select(i => Enumerable.Range(0, X.GetLength(1)).Sum(j => X[i, j] * theta[j]))];
    }

    private sealed class TransformInputsSpans : NaiveLoopExercises
    {
        public override double[] TransformInputs(double[] theta, double[,] X)
        {
            var (trials, neurons) = (X.GetLength(0), X.GetLength(1));
            var z = new double[trials];
            if (X.Length == 0)
            {
                return z;
            }

            var all = MemoryMarshal.CreateReadOnlySpan(ref X[0, 0], X.Length);
            for (var i = 0; i < trials; i++)
            {
                var row = all.Slice(i * neurons, neurons);
                var sum = 0.0;
                for (var j = 0; j < row.Length; j++)
                {
                    sum += row[j] * theta[j];
                }

                z[i] = sum;
            }

            return z;
        }
    }

    private sealed class TransformInputsSimd : NaiveLoopExercises
    {
        public override double[] TransformInputs(double[] theta, double[,] X)
        {
            var (trials, neurons) = (X.GetLength(0), X.GetLength(1));
            var z = new double[trials];
            var row = new double[neurons];
            var width = Vector<double>.Count;
            for (var i = 0; i < trials; i++)
            {
                for (var j = 0; j < neurons; j++)
                {
                    row[j] = X[i, j];
                }

                var acc = Vector<double>.Zero;
                var k = 0;
                for (; k + width <= neurons; k += width)
                {
                    acc += new Vector<double>(row, k) * new Vector<double>(theta, k);
                }

                var sum = Vector.Dot(acc, Vector<double>.One);
                for (; k < neurons; k++)
                {
                    sum += row[k] * theta[k];
                }

                z[i] = sum;
            }

            return z;
        }
    }

    private sealed class TransformInputsParallel : NaiveLoopExercises
    {
        public override double[] TransformInputs(double[] theta, double[,] X)
        {
            var z = new double[X.GetLength(0)];
            Parallel.For(0, z.Length, i =>
            {
                var sum = 0.0;
                for (var j = 0; j < theta.Length; j++)
                {
                    sum += X[i, j] * theta[j];
                }

                z[i] = sum;
            });
            return z;
        }
    }

    private sealed class SigmoidStableBranch : NaiveLoopExercises
    {
        public override double[] Sigmoid(double[] z)
        {
            var h = new double[z.Length];
            for (var i = 0; i < z.Length; i++)
            {
                h[i] = z[i] >= 0 ? 1 / (1 + Math.Exp(-z[i])) : Math.Exp(z[i]) / (1 + Math.Exp(z[i]));
            }

            return h;
        }
    }

    private sealed class SigmoidTanh : NaiveLoopExercises
    {
        public override double[] Sigmoid(double[] z) => [.. z.Select(v => v >= 0 ? 0.5 * (1 + Math.Tanh(v / 2)) : 1 / (1 + Math.Exp(-v)))];
    }

    private sealed class SigmoidLinq : NaiveLoopExercises
    {
        public override double[] Sigmoid(double[] z) => z.Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
    }

    private sealed class ComputeHFused : NaiveLoopExercises
    {
        public override double[] ComputeH(double[] theta, double[,] X)
        {
            var h = new double[X.GetLength(0)];
            for (var i = 0; i < h.Length; i++)
            {
                var z = 0.0;
                for (var j = 0; j < X.GetLength(1); j++)
                {
                    z += X[i, j] * theta[j];
                }

                h[i] = 1 / (1 + Math.Exp(-z));
            }

            return h;
        }
    }

    private sealed class LossLogSumExp : NaiveLoopExercises
    {
        public override double LogisticLoss(double[] theta, double[,] X, int[] y)
        {
            var z = TransformInputs(theta, X);
            var total = 0.0;
            for (var i = 0; i < z.Length; i++)
            {
                // log(1 + e^z) = max(0, z) + log(e^(0 − m) + e^(z − m)) with m = max(0, z): the log-sum-exp of 0 and z.
                var m = Math.Max(0, z[i]);
                total += m + Math.Log(Math.Exp(-m) + Math.Exp(z[i] - m)) - y[i] * z[i];
            }

            return total / z.Length;
        }
    }

    private sealed class LossLinq : NaiveLoopExercises
    {
        public override double LogisticLoss(double[] theta, double[,] X, int[] y)
        {
            var z = TransformInputs(theta, X);
            var n = y.Length;
            var sum = z.Select((v, i) => y[i] * -Softplus(-v) + (1 - y[i]) * -Softplus(v)).Sum();
            return -(1.0 / n) * sum;
        }

        private static double Softplus(double v) => Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v)));
    }

    private sealed class AccuracyDoubleCast : NaiveLoopExercises
    {
        public override double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
        {
            var h = ComputeH(thetaHat, X);
            var correct = 0;
            var n = y.Length;
            for (var i = 0; i < n; i++)
            {
                var yHat = h[i] >= 0.5 ? 1 : 0;
                if (yHat == y[i])
                {
                    correct++;
                }
            }

            return (double)correct / n;
        }
    }

    private sealed class AccuracyLinq : NaiveLoopExercises
    {
        public override double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
        {
            var h = ComputeH(thetaHat, X);
            return y.Select((v, i) => (h[i] >= 0.5 ? 1 : 0) == v ? 1.0 : 0.0).Average();
        }
    }

    private sealed class ShuffleOneCopy : NaiveLoopExercises
    {
        public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
        {
            var yShuffled = (int[])y.Clone();
            var accuracies = new double[shuffles];
            for (var i = 0; i < shuffles; i++)
            {
                random.Shuffle(yShuffled);
                var model = new LogisticRegression().Fit(X, yShuffled);
                accuracies[i] = model.Score(X, yShuffled);
            }

            return accuracies;
        }
    }

    private sealed class ShuffleSpans : NaiveLoopExercises
    {
        public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random) =>
            [.. Enumerable.Range(0, shuffles).Select(_ =>
            {
                var copy = y.ToArray();
                random.Shuffle(copy.AsSpan());
                return new LogisticRegression().Fit(X, copy).Score(X, copy);
            })];
    }
}
