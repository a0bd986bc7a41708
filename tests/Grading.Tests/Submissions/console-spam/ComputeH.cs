namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] ComputeH(double[] theta, double[,] X)
    {
        var h = Sigmoid(TransformInputs(theta, X));
        Console.Error.WriteLine($"ComputeH: {h.Length} probabilities");
        return h;
    }
}
