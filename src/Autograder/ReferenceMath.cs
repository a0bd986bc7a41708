namespace DecodingChoices.Autograder;

/// <summary>
/// The checks' own answers for random inputs, written as plainly as possible and checked against
/// the numpy/scipy fixtures in the maintainers' tests. Kept apart from both course tracks, so the
/// reference track is graded by the same independent yardstick as a student.
/// </summary>
public static class ReferenceMath
{
    /// <summary>z = Xθ, and for each entry the scale Σ_j |X_ij θ_j| that bounds its rounding error.</summary>
    public static (double[] Z, double[] Scale) TransformInputs(double[] theta, double[,] X)
    {
        var trials = X.GetLength(0);
        var z = new double[trials];
        var scale = new double[trials];
        for (var i = 0; i < trials; i++)
        {
            for (var j = 0; j < theta.Length; j++)
            {
                z[i] += X[i, j] * theta[j];
                scale[i] += Math.Abs(X[i, j] * theta[j]);
            }
        }

        return (z, scale);
    }

    /// <summary>σ(z), in the form that cannot overflow for either sign of z.</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>log(1 + e^z) without overflow.</summary>
    public static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    /// <summary>The mean cross-entropy, from the logits: mean(log(1 + e^z) − y z).</summary>
    public static double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        var (z, _) = TransformInputs(theta, X);
        var total = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            total += Softplus(z[i]) - y[i] * z[i];
        }

        return total / z.Length;
    }

    /// <summary>The fraction of trials where (h ≥ 0.5 ? 1 : 0) equals y; with <paramref name="strict"/>, the common mistake h &gt; 0.5.</summary>
    public static double Accuracy(double[] theta, double[,] X, int[] y, bool strict = false)
    {
        var (z, _) = TransformInputs(theta, X);
        var correct = 0;
        for (var i = 0; i < z.Length; i++)
        {
            var h = Sigmoid(z[i]);
            var predicted = (strict ? h > 0.5 : h >= 0.5) ? 1 : 0;
            correct += predicted == y[i] ? 1 : 0;
        }

        return (double)correct / z.Length;
    }
}
