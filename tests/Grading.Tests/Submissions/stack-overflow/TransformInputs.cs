namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        var rows = X.GetLength(0);
        var zs = new double[rows];
        for (var n = 0; n < rows; n++)
        {
            for (var m = 0; m < theta.Length; m++)
            {
                zs[n] = Math.FusedMultiplyAdd(X[n, m], theta[m], zs[n]);
            }
        }

        return zs;
    }
}
