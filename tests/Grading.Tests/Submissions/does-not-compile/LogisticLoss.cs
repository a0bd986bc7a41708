namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var h = ComputeH(theta, X)
        var sum = 0.0;
        for (int i = 0; i < y.Length; i++)
            sum += y[i] * Math.Log(h[i]) + (1 - y[i]) * Math.Log(1 - h[i]);
        return -sum / y.Length;
    }
}
