namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] Sigmoid(double[] z)
    {
        var h = (double[])z.Clone();
        for (var k = 0; k < h.Length; k++)
        {
            h[k] = h[k] >= 0 ? 1 / (1 + Math.Exp(-h[k])) : Math.Exp(h[k]) / (1 + Math.Exp(h[k]));
        }

        return h;
    }
}
