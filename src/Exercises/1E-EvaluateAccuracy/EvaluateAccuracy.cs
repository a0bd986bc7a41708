namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    /// <inheritdoc cref="Course.ICourseExercises.EvaluateAccuracy"/>
    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        // Get h, predict yHat[i] = 1 when h[i] >= 0.5 (else 0), and count the trials where yHat[i] == y[i].
        throw new NotImplementedException(
            "Exercise 1E (EvaluateAccuracy) is not implemented yet. Open src/Exercises/1E-EvaluateAccuracy/EvaluateAccuracy.cs " +
            "and return the fraction of trials where the prediction (1 when h >= 0.5, else 0) equals y. INSTRUCTIONS.md beside it explains the step.");
    }
}
