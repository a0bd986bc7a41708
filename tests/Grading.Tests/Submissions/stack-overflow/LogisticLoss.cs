namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var zs = TransformInputs(theta, X);
        double mean = 0;
        for (var n = 0; n < zs.Length; n++)
        {
            var softplus = zs[n] > 0 ? zs[n] + Math.Log(1 + Math.Exp(-zs[n])) : Math.Log(1 + Math.Exp(zs[n]));
            mean += (softplus - y[n] * zs[n] - mean) / (n + 1);
        }

        return mean;
    }
}
