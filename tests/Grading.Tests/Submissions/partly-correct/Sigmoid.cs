namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] Sigmoid(double[] z) => z.Select(value => 1 / (1 + Math.Exp(-value))).ToArray();
}
