using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
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
