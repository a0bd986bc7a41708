using DecodingChoices.Course;
using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Toolkit.Tests.SelfTests;

/// <summary>
/// Exercise 1 the way a careful beginner writes it: plain for loops, Math.Exp and Math.Log, no SIMD.
/// The autograder must pass it exactly as it passes the reference track. Its methods are virtual so
/// each correct variant in <see cref="CorrectVariants"/> changes one of them.
/// </summary>
public class NaiveLoopExercises : ICourseExercises
{
    public virtual double[] TransformInputs(double[] theta, double[,] X)
    {
        var z = new double[X.GetLength(0)];
        for (var i = 0; i < X.GetLength(0); i++)
        {
            for (var j = 0; j < X.GetLength(1); j++)
            {
                z[i] += X[i, j] * theta[j];
            }
        }

        return z;
    }

    public virtual double[] Sigmoid(double[] z)
    {
        var h = new double[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            h[i] = 1 / (1 + Math.Exp(-z[i]));
        }

        return h;
    }

    public virtual double[] ComputeH(double[] theta, double[,] X) => Sigmoid(TransformInputs(theta, X));

    public virtual double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var z = TransformInputs(theta, X);
        var total = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            total += Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i]))) - y[i] * z[i];
        }

        return total / z.Length;
    }

    public virtual double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        var h = ComputeH(thetaHat, X);
        var correct = 0;
        for (var i = 0; i < h.Length; i++)
        {
            var yHat = h[i] >= 0.5 ? 1 : 0;
            if (yHat == y[i])
            {
                correct++;
            }
        }

        return (double)correct / h.Length;
    }

    public virtual double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
    {
        var accuracies = new double[shuffles];
        for (var i = 0; i < shuffles; i++)
        {
            var yShuffled = (int[])y.Clone();
            random.Shuffle(yShuffled);
            var model = new LogisticRegression();
            model.Fit(X, yShuffled);
            accuracies[i] = model.Score(X, yShuffled);
        }

        return accuracies;
    }
}
