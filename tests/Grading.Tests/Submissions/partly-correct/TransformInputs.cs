namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] TransformInputs(double[] theta, double[,] X) =>
        Enumerable.Range(0, X.GetLength(0))
            .Select(row => Enumerable.Range(0, theta.Length).Sum(column => X[row, column] * theta[column]))
            .ToArray();
}
