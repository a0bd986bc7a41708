namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        var h = ComputeH(thetaHat, X);
        var correct = 0;
        for (var i = 0; i < h.Length; i++)
        {
            var predicted = h[i] >= 0.5 ? 1 : 0;
            if (predicted == y[i])
            {
                correct++;
            }
        }

        return (double)correct / h.Length;
    }
}
