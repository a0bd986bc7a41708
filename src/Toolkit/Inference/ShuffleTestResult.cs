namespace DecodingChoices.Inference;

/// <summary>The tutorial's Exercise 2A: the training accuracy on the real choices, and on 1000 shuffles of them.</summary>
/// <param name="TrueAccuracy">Training accuracy of the model fitted to the real choices.</param>
/// <param name="ShuffledAccuracies">Training accuracy of the model fitted to each shuffle of the choices, in shuffle order.</param>
/// <param name="NotConverged">How many of the fits (the real one included) ended without meeting a convergence test (iteration or evaluation limit, failed line search).</param>
/// <param name="Seed">The seed the shuffles were drawn from.</param>
internal sealed record ShuffleTestResult(double TrueAccuracy, double[] ShuffledAccuracies, int NotConverged, ulong Seed)
{
    /// <summary>The fraction of shuffles whose accuracy reached the real one, counting the real one: (count + 1) / (shuffles + 1).</summary>
    public double PValue => PValues.Of(ShuffledAccuracies, TrueAccuracy);

    /// <summary>The mean accuracy on shuffled choices: the accuracy this model reaches by chance on these trials.</summary>
    public double MeanShuffledAccuracy => ShuffledAccuracies.Length == 0 ? double.NaN : ShuffledAccuracies.Average();
}
