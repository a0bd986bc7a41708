namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    /// <inheritdoc cref="Course.ICourseExercises.LogisticLoss"/>
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        // Computes the cost function for all the training samples:
        // J = -(1/n) * sum over trials i of [ y[i] * log(h[i]) + (1 - y[i]) * log(1 - h[i]) ]
        throw new NotImplementedException(
            "Exercise 1D (LogisticLoss) is not implemented yet. Open src/Exercises/1D-LogisticLoss/LogisticLoss.cs " +
            "and return the mean cross-entropy -(1/n) * sum of [y log h + (1 - y) log(1 - h)], with h from your 1C. INSTRUCTIONS.md beside it explains the step.");
    }
}
