namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] ComputeH(double[] theta, double[,] X)
    {
        var z = TransformInputs(theta, X);
        return Sigmoid(z);
    }
}
