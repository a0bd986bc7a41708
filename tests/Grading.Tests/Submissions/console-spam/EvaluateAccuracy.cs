namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        var h = ComputeH(thetaHat, X);
        var correct = 0;
        for (var r = 0; r < h.Length; r = r++) // r = r++ leaves r unchanged: this loop never ends
        {
            Console.WriteLine($"trial {r}: h = {h[r]}, y = {y[r]}");
            correct += (h[r] >= 0.5 ? 1 : 0) == y[r] ? 1 : 0;
        }

        return (double)correct / h.Length;
    }
}
