namespace DecodingChoices.Runner.Tutorial;

/// <summary>What Exercise 2 computes: the library model's true accuracy, then the shuffle test (2A) through the track.</summary>
internal sealed record Exercise2Result
{
    /// <summary><c>LogisticRegression()</c> fitted to the training split's real choices.</summary>
    public required LibraryModelFit TrueModel { get; init; }

    /// <summary>The training accuracy of a model fitted to each shuffle of the choices, in shuffle order (2A).</summary>
    public required double[] ShuffledAccuracies { get; init; }

    /// <summary>The seed of the one stream all shuffles were drawn from, in order.</summary>
    public required ulong ShuffleSeed { get; init; }

    /// <summary>How long the shuffle test took.</summary>
    public required TimeSpan ShuffleTime { get; init; }

    /// <summary>The training accuracy on the real choices.</summary>
    public double TrueAccuracy => TrueModel.TrainingAccuracy;

    /// <summary>How many shuffles reached the true accuracy.</summary>
    public int ShufflesReachingTrue => DecodingChoices.Inference.PValues.Reaching(ShuffledAccuracies, TrueAccuracy);

    /// <summary>(shuffles reaching the true accuracy + 1) / (shuffles + 1): how unusual the true accuracy is among them.</summary>
    public double PValue => DecodingChoices.Inference.PValues.Of(ShuffledAccuracies, TrueAccuracy);

    public double MeanShuffledAccuracy => ShuffledAccuracies.Average();
}
