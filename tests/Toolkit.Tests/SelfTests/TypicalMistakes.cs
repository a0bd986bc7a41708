using DecodingChoices.Course;
using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Toolkit.Tests.SelfTests;

/// <summary>
/// Wrong implementations students typically write, each one mistake away from <see cref="NaiveLoopExercises"/>,
/// with the exercise that must reject it and a phrase its failure message must contain.
/// </summary>
public static class TypicalMistakes
{
    public sealed record Mistake(string Name, Exercise Exercise, string MessageMentions, ICourseExercises Track)
    {
        public override string ToString() => Name;
    }

    public static IReadOnlyList<Mistake> All { get; } =
    [
        new("sigmoid with the sign of the exponent flipped", Exercise.Sigmoid, "sign in the exponent", new SigmoidSignError()),
        new("sigmoid as e^z / (1 + e^z), NaN for large z", Exercise.Sigmoid, "overflows", new SigmoidNaNForLargeZ()),
        new("sigmoid written into its input", Exercise.Sigmoid, "must not write into its arguments", new SigmoidInPlace()),
        new("z with one value per neuron (wrong axis)", Exercise.TransformInputs, "wrong axis", new TransformInputsWrongAxis()),
        new("z from theta indexed by trial (transposed loops)", Exercise.TransformInputs, "IndexOutOfRangeException", new TransformInputsTransposedLoops()),
        new("z that skips the last neuron (off by one)", Exercise.TransformInputs, "dot product of row i", new TransformInputsOffByOne()),
        new("h without the sigmoid", Exercise.ComputeH, "pass it through your Sigmoid", new ComputeHForgetsSigmoid()),
        new("loss without the minus sign", Exercise.LogisticLoss, "wrong sign", new LossWithoutMinus()),
        new("loss summed instead of averaged", Exercise.LogisticLoss, "divide the sum by n", new LossSumInsteadOfMean()),
        new("loss from log(h) and log(1 − h), NaN when h saturates", Exercise.LogisticLoss, "log(0)", new LossFromProbabilities()),
        new("accuracy with h > 0.5 instead of h ≥ 0.5", Exercise.EvaluateAccuracy, "OR EQUAL", new AccuracyStrictlyGreater()),
        new("accuracy that always returns 1.0 (hard-coded)", Exercise.EvaluateAccuracy, "Expected", new AccuracyHardCoded()),
        new("accuracy as a count, not a fraction", Exercise.EvaluateAccuracy, "fraction between 0 and 1", new AccuracyAsCount()),
        new("shuffle test that shuffles y itself", Exercise.ShuffleTest, "must not write into its arguments", new ShuffleInPlace()),
        new("shuffle test scored on the real choices", Exercise.ShuffleTest, "score it on the shuffled copy", new ShuffleScoredOnRealChoices()),
        new("shuffle test that shuffles once, before the loop", Exercise.ShuffleTest, "Shuffle inside the loop", new ShuffleOnce()),
        new("shuffle test with its own random generator", Exercise.ShuffleTest, "random you are given", new ShuffleWithOwnGenerator()),
    ];

    private sealed class SigmoidSignError : NaiveLoopExercises
    {
        public override double[] Sigmoid(double[] z) => [.. z.Select(v => 1 / (1 + Math.Exp(v)))];
    }

    private sealed class SigmoidNaNForLargeZ : NaiveLoopExercises
    {
        public override double[] Sigmoid(double[] z) => [.. z.Select(v => Math.Exp(v) / (1 + Math.Exp(v)))];
    }

    private sealed class SigmoidInPlace : NaiveLoopExercises
    {
        public override double[] Sigmoid(double[] z)
        {
            for (var i = 0; i < z.Length; i++)
            {
                z[i] = 1 / (1 + Math.Exp(-z[i]));
            }

            return z;
        }
    }

    private sealed class TransformInputsWrongAxis : NaiveLoopExercises
    {
        public override double[] TransformInputs(double[] theta, double[,] X)
        {
            var z = new double[X.GetLength(1)];
            for (var j = 0; j < X.GetLength(1); j++)
            {
                for (var i = 0; i < X.GetLength(0); i++)
                {
                    z[j] += X[i, j] * theta[j];
                }
            }

            return z;
        }
    }

    private sealed class TransformInputsTransposedLoops : NaiveLoopExercises
    {
        public override double[] TransformInputs(double[] theta, double[,] X)
        {
            var z = new double[X.GetLength(0)];
            for (var i = 0; i < X.GetLength(0); i++)
            {
                for (var j = 0; j < X.GetLength(1); j++)
                {
                    z[i] += X[i, j] * theta[i];
                }
            }

            return z;
        }
    }

    private sealed class TransformInputsOffByOne : NaiveLoopExercises
    {
        public override double[] TransformInputs(double[] theta, double[,] X)
        {
            var z = new double[X.GetLength(0)];
            for (var i = 0; i < X.GetLength(0); i++)
            {
                for (var j = 0; j < X.GetLength(1) - 1; j++)
                {
                    z[i] += X[i, j] * theta[j];
                }
            }

            return z;
        }
    }

    private sealed class ComputeHForgetsSigmoid : NaiveLoopExercises
    {
        public override double[] ComputeH(double[] theta, double[,] X) => TransformInputs(theta, X);
    }

    private sealed class LossWithoutMinus : NaiveLoopExercises
    {
        public override double LogisticLoss(double[] theta, double[,] X, int[] y) => -base.LogisticLoss(theta, X, y);
    }

    private sealed class LossSumInsteadOfMean : NaiveLoopExercises
    {
        public override double LogisticLoss(double[] theta, double[,] X, int[] y) => base.LogisticLoss(theta, X, y) * y.Length;
    }

    private sealed class LossFromProbabilities : NaiveLoopExercises
    {
        public override double LogisticLoss(double[] theta, double[,] X, int[] y)
        {
            var h = ComputeH(theta, X);
            var total = 0.0;
            for (var i = 0; i < h.Length; i++)
            {
                total += y[i] * Math.Log(h[i]) + (1 - y[i]) * Math.Log(1 - h[i]);
            }

            return -total / h.Length;
        }
    }

    private sealed class AccuracyStrictlyGreater : NaiveLoopExercises
    {
        public override double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
        {
            var h = ComputeH(thetaHat, X);
            return (double)h.Select((v, i) => (v > 0.5 ? 1 : 0) == y[i] ? 1 : 0).Sum() / h.Length;
        }
    }

    private sealed class AccuracyHardCoded : NaiveLoopExercises
    {
        public override double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) => 1.0;
    }

    private sealed class AccuracyAsCount : NaiveLoopExercises
    {
        public override double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) => base.EvaluateAccuracy(thetaHat, X, y) * y.Length;
    }

    private sealed class ShuffleInPlace : NaiveLoopExercises
    {
        public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
        {
            var accuracies = new double[shuffles];
            for (var i = 0; i < shuffles; i++)
            {
                random.Shuffle(y);
                accuracies[i] = new LogisticRegression().Fit(X, y).Score(X, y);
            }

            return accuracies;
        }
    }

    private sealed class ShuffleScoredOnRealChoices : NaiveLoopExercises
    {
        public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
        {
            var accuracies = new double[shuffles];
            for (var i = 0; i < shuffles; i++)
            {
                var yShuffled = (int[])y.Clone();
                random.Shuffle(yShuffled);
                accuracies[i] = new LogisticRegression().Fit(X, yShuffled).Score(X, y);
            }

            return accuracies;
        }
    }

    private sealed class ShuffleOnce : NaiveLoopExercises
    {
        public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
        {
            var yShuffled = (int[])y.Clone();
            random.Shuffle(yShuffled);
            var accuracies = new double[shuffles];
            for (var i = 0; i < shuffles; i++)
            {
                accuracies[i] = new LogisticRegression().Fit(X, yShuffled).Score(X, yShuffled);
            }

            return accuracies;
        }
    }

    /// <summary>Ignores the random it is given: each call draws from its own stream (a fixed sequence, so the test is deterministic).</summary>
    private sealed class ShuffleWithOwnGenerator : NaiveLoopExercises
    {
        private long _calls;

        public override double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random) =>
            base.ShuffledAccuracies(X, y, shuffles, new SeededRandom(SeededRandom.Derive(31337, Interlocked.Increment(ref _calls))));
    }
}
