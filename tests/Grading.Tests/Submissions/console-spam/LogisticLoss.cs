namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var z = TransformInputs(theta, X);
        var sum = 0.0;
        for (var r = 0; r < z.Length; r++)
        {
            sum += (z[r] > 0 ? z[r] + Math.Log(1 + Math.Exp(-z[r])) : Math.Log(1 + Math.Exp(z[r]))) - y[r] * z[r];
        }

        Console.WriteLine($"loss = {sum / z.Length}");
        return sum / z.Length;
    }
}
