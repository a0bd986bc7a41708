namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    /// <inheritdoc cref="Course.ICourseExercises.ComputeH"/>
    public double[] ComputeH(double[] theta, double[,] X)
    {
        // Call the functions you wrote in 1A and 1B.
        throw new NotImplementedException(
            "Exercise 1C (ComputeH) is not implemented yet. Open src/Exercises/1C-ComputeH/ComputeH.cs " +
            "and return h = Sigmoid(TransformInputs(theta, X)), built from your 1A and 1B. INSTRUCTIONS.md beside it explains the step.");
    }
}
