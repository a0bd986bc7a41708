namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var z = TransformInputs(theta, X);
        // The mean of y log h + (1 - y) log(1 - h), from z so it stays finite... but without the minus sign in front.
        return z.Select((value, i) => y[i] * value - (Math.Max(value, 0) + Math.Log(1 + Math.Exp(-Math.Abs(value))))).Average();
    }
}
