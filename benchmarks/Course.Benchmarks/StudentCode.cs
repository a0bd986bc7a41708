using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Benchmarks;

/// <summary>
/// Exercise code as a careful beginner writes it (the course's plain-loop self-test track): for loops over
/// double[,], Math.Exp and Math.Log, a new array per call. Compiled optimized, as src/Exercises now is.
/// </summary>
public static class StudentCode
{
    public static double[] TransformInputs(double[] theta, double[,] X)
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

    public static double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var z = TransformInputs(theta, X);
        var total = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            total += Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i]))) - y[i] * z[i];
        }

        return total / z.Length;
    }

    public static double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
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
