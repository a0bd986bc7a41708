using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    /// <inheritdoc cref="Course.ICourseExercises.ShuffledAccuracies"/>
    public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
    {
        // var accuracies = new double[shuffles];
        // for each shuffle: copy y, random.Shuffle(copy), var model = new LogisticRegression(); model.Fit(X, copy);
        // accuracies[i] = model.Score(X, copy);
        throw new NotImplementedException(
            "Exercise 2A (ShuffledAccuracies) is not implemented yet. Open src/Exercises/2A-ShuffledAccuracies/ShuffledAccuracies.cs " +
            "and for each shuffle, fit a LogisticRegression to a shuffled copy of y and record its Score on that copy. INSTRUCTIONS.md beside it explains the step.");
    }
}
