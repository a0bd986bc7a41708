namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] ComputeH(double[] theta, double[,] X)
    {
        var zs = TransformInputs(theta, X);
        return Sigmoid(zs);
    }
}
