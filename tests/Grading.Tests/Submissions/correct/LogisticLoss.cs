namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        // -[y log σ(z) + (1 - y) log(1 - σ(z))] = log(1 + e^z) - y z, written so it never overflows.
        var z = TransformInputs(theta, X);
        var total = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            var softplus = Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i])));
            total += softplus - y[i] * z[i];
        }

        return total / z.Length;
    }
}
