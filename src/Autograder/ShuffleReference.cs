using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Autograder;

/// <summary>What Exercise 2A must return for given inputs: the checks' (and hidden checks') yardstick.</summary>
public static class ShuffleReference
{
    /// <summary>
    /// The training accuracy of a default LogisticRegression fitted to each of <paramref name="shuffles"/> shuffles of
    /// <paramref name="y"/>, drawn in order from <c>new SeededRandom(seed)</c>. Both ways of shuffling are right: each
    /// shuffle of a fresh copy of y (<paramref name="cumulative"/> false), or reshuffling one copy again and again.
    /// </summary>
    public static double[] Accuracies(double[,] X, int[] y, int shuffles, ulong seed, bool cumulative)
    {
        var random = new SeededRandom(seed);
        var labels = (int[])y.Clone();
        var accuracies = new double[shuffles];
        for (var i = 0; i < shuffles; i++)
        {
            if (!cumulative)
            {
                y.CopyTo(labels, 0);
            }

            random.Shuffle(labels);
            accuracies[i] = new LogisticRegression().Fit(X, labels).Score(X, labels);
        }

        return accuracies;
    }

    /// <summary>Whether two lists of accuracies agree entry by entry (to rounding).</summary>
    public static bool Same(double[] a, double[] b) => a.Length == b.Length && a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-12);
}
