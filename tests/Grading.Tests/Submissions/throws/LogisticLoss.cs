namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var z = TransformInputs(theta, X);
        var loss = 0.0;
        for (var k = 0; k < z.Length; k++)
        {
            loss += Math.Log(1 + Math.Exp(-Math.Abs(z[k]))) + Math.Max(z[k], 0) - y[k] * z[k];
        }

        return loss / y.Length;
    }
}
