namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] Sigmoid(double[] z)
    {
        double[] h = new double[z.Length];
        int i = 0;
        while (i < z.Length)
        {
            h[i] = 1 / (1 + Math.Exp(-z[i]));
            i++;
        }
        return h;
    }

    public double[] ComputeH(double[] theta, double[,] X) => Sigmoid(TransformInputs(theta, X));
}
