namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        var result = new double[X.GetLength(0)];
        for (int row = 0; row < result.Length; row++)
            for (int col = 0; col < theta.Length; col++)
                result[row] += X[row, col] * theta[col];
        return result;
    }
}
