namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) =>
        ComputeH(thetaHat, X).Zip(y, (h, label) => (h >= 0.5 ? 1 : 0) == label ? 1.0 : 0.0).Average();
}
