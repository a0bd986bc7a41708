namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// The probes' own inputs: fixed seeds (so every run probes the same values), sizes where integer division bites
/// (7 trials: 1/7 is 0 in int), more trials than neurons (the axes cannot be confused silently), ties (rows of X
/// that are all zero give z = 0 and h exactly 0.5) and saturation (|z| up to 800).
/// </summary>
internal static class ProbeInputs
{
    /// <summary>θ, X and y drawn from <paramref name="seed"/>, for <paramref name="trials"/> × <paramref name="neurons"/>.</summary>
    public static (double[] Theta, double[,] X, int[] Y) Draw(ulong seed, int trials, int neurons, double thetaScale = 1.0)
    {
        var inputs = new RandomInputs(seed);
        var X = inputs.Matrix(trials, neurons);
        return (inputs.Vector(neurons, thetaScale), X, inputs.Labels(trials));
    }

    /// <summary>The same, with row <paramref name="tieRow"/> of X all zeros (z = 0, h exactly 0.5 on that trial).</summary>
    public static (double[] Theta, double[,] X, int[] Y) WithTie(ulong seed, int trials, int neurons, int tieRow)
    {
        var (theta, X, y) = Draw(seed, trials, neurons);
        for (var j = 0; j < neurons; j++)
        {
            X[tieRow, j] = 0;
        }

        return (theta, X, y);
    }

    /// <summary>Inputs whose z reaches ±800 (h rounds to exactly 0 or 1), with both labels on saturated trials.</summary>
    public static (double[] Theta, double[,] X, int[] Y) Saturated()
    {
        double[,] X = { { 1, 0 }, { -1, 0 }, { 0.5, 1 }, { -0.5, -1 }, { 0.01, 0.02 }, { 0.9, -1 }, { -0.9, 1 } };
        return ([800, 40], X, [1, 1, 0, 0, 1, 0, 1]);
    }

    /// <summary>Copies of all three, so a call that writes into its arguments cannot change the probe's own.</summary>
    public static (double[] Theta, double[,] X, int[] Y) Copy((double[] Theta, double[,] X, int[] Y) p) =>
        ((double[])p.Theta.Clone(), (double[,])p.X.Clone(), (int[])p.Y.Clone());

    /// <summary>Records the arguments as a call left them.</summary>
    public static void Record(Fingerprint print, (double[] Theta, double[,] X, int[] Y) p)
    {
        print.Record(p.Theta);
        print.Record(p.X);
        print.Record(p.Y);
    }
}
