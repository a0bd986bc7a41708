namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        double[] z = TransformInputs(theta, X);
        double total = 0;
        int i = 0;
        while (i < z.Length)
        {
            total += Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i]))) - y[i] * z[i];
            // forgot i++
        }
        return total / z.Length;
    }
}
