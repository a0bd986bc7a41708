namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        Console.WriteLine($"TransformInputs: X is {X.GetLength(0)} x {X.GetLength(1)}");
        var output = new double[X.GetLength(0)];
        for (var r = 0; r < output.Length; r++)
        {
            for (var c = 0; c < theta.Length; c++)
            {
                Console.WriteLine($"  X[{r},{c}] * theta[{c}] = {X[r, c] * theta[c]}");
                output[r] += X[r, c] * theta[c];
            }
        }

        return output;
    }
}
