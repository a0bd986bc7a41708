namespace DecodingChoices.Benchmarks;

/// <summary>The kernels as a student writes them: plain nested loops over double[,].</summary>
public static class NaiveKernels
{
    public static void MultiplyMatrixVector(double[,] X, double[] theta, double[] z)
    {
        for (var i = 0; i < X.GetLength(0); i++)
        {
            var sum = 0.0;
            for (var j = 0; j < X.GetLength(1); j++)
            {
                sum += X[i, j] * theta[j];
            }

            z[i] = sum;
        }
    }

    public static void MultiplyTransposedMatrixVector(double[,] X, double[] r, double[] g)
    {
        Array.Clear(g);
        for (var i = 0; i < X.GetLength(0); i++)
        {
            for (var j = 0; j < X.GetLength(1); j++)
            {
                g[j] += X[i, j] * r[i];
            }
        }
    }

    public static void Sigmoid(double[] z, double[] h)
    {
        for (var i = 0; i < z.Length; i++)
        {
            h[i] = 1 / (1 + Math.Exp(-z[i]));
        }
    }

    public static double MeanLoss(double[,] X, double[] theta, int[] y, double[] z)
    {
        MultiplyMatrixVector(X, theta, z);
        var total = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            total += Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i]))) - y[i] * z[i];
        }

        return total / z.Length;
    }
}
