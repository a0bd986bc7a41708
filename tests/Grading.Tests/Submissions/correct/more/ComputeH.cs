namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] ComputeH(double[] theta, double[,] X) => Sigmoid(TransformInputs(theta, X));
}
