namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        double[] z = new double[X.GetLength(0)];
        int i = 0;
        while (i < z.Length)
        {
            for (int j = 0; j < theta.Length; j++) z[i] += theta[j] * X[i, j];
            i++;
        }
        return z;
    }
}
