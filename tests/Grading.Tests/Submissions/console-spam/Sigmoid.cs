namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] Sigmoid(double[] z)
    {
        var output = new double[z.Length];
        for (var r = 0; r < z.Length; r++)
        {
            output[r] = 1 / (1 + Math.Exp(-z[r]));
        }

        Console.WriteLine($"Sigmoid of {z.Length} values done");
        return output;
    }
}
