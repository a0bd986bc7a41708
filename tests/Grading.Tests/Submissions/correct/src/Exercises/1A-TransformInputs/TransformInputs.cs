namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        var trials = X.GetLength(0);
        var neurons = X.GetLength(1);
        var z = new double[trials];
        for (var i = 0; i < trials; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < neurons; j++)
            {
                sum += X[i, j] * theta[j];
            }

            z[i] = sum;
        }

        return z;
    }
}
