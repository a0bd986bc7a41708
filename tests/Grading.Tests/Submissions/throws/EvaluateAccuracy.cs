namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        var h = ComputeH(thetaHat, X);
        return Enumerable.Range(0, y.Length).Count(k => (h[k] >= 0.5 ? 1 : 0) == y[k]) / (double)y.Length;
    }
}
