namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    /// <inheritdoc cref="Course.ICourseExercises.TransformInputs"/>
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        // X.GetLength(0) is the number of trials (rows), X.GetLength(1) the number of neurons (columns).
        // z needs one entry per trial: z[i] = X[i, 0] * theta[0] + X[i, 1] * theta[1] + ...
        throw new NotImplementedException(
            "Exercise 1A (TransformInputs) is not implemented yet. Open src/Exercises/1A-TransformInputs/TransformInputs.cs " +
            "and return z with one entry per trial, z[i] = sum over neurons j of X[i, j] * theta[j]. INSTRUCTIONS.md beside it explains the step.");
    }
}
