namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        var z = new double[X.GetLength(0)];
        for (var i = 0; i < X.GetLength(0); i++)
        {
            for (var j = 0; j <= X.GetLength(1); j++) // one neuron too many
            {
                z[i] += X[i, j] * theta[j];
            }
        }

        return z;
    }
}
