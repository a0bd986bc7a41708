namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    /// <inheritdoc cref="Course.ICourseExercises.Sigmoid"/>
    public double[] Sigmoid(double[] z)
    {
        // Return a new array the length of z with sigma(z[i]) = 1 / (1 + e^(-z[i])) in each entry (Math.Exp is e^x).
        throw new NotImplementedException(
            "Exercise 1B (Sigmoid) is not implemented yet. Open src/Exercises/1B-Sigmoid/Sigmoid.cs " +
            "and return sigma(z[i]) = 1 / (1 + Math.Exp(-z[i])) for every entry of z. INSTRUCTIONS.md beside it explains the step.");
    }
}
