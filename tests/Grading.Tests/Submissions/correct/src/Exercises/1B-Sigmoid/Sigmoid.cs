namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] Sigmoid(double[] z)
    {
        var h = new double[z.Length];
        for (var i = 0; i < z.Length; i++)
        {
            h[i] = 1.0 / (1.0 + Math.Exp(-z[i]));
        }

        return h;
    }
}
