namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    // Meant to work on a copy of z, but calls itself instead of computing anything: it recurses until the stack overflows.
    public double[] Sigmoid(double[] z) => Sigmoid(z.ToArray());
}
