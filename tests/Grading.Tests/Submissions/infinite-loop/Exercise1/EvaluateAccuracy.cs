namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        double[] h = ComputeH(thetaHat, X);
        int hits = 0;
        int i = 0;
        while (i < h.Length)
        {
            if ((h[i] >= 0.5 ? 1 : 0) == y[i]) hits++;
            i++;
        }
        return hits / (double)h.Length;
    }
}
