using DecodingChoices.Randomness;

namespace DecodingChoices.Data;

/// <summary>
/// The tutorial's split: shuffle the trial indices, keep the first 80% for training and the rest
/// for testing. Unlike the tutorial's <c>np.random.shuffle</c>, the shuffle comes from a seed, so the
/// same seed always gives the same split.
/// </summary>
/// <param name="TrainIndices">The training trials, in shuffled order.</param>
/// <param name="TestIndices">The test trials, in shuffled order.</param>
/// <param name="Seed">The seed of the shuffle.</param>
public sealed record TrainTestSplit(int[] TrainIndices, int[] TestIndices, ulong Seed)
{
    /// <summary>The seed the course uses unless told otherwise.</summary>
    public const ulong DefaultSeed = 2024;

    /// <summary>
    /// Splits <paramref name="trialCount"/> trials: <c>floor(trainFraction · trialCount)</c> for training,
    /// as the tutorial's <c>inds[:int(.8*n_trials)]</c>, the rest for testing.
    /// </summary>
    public static TrainTestSplit Create(int trialCount, ulong seed = DefaultSeed, double trainFraction = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trialCount, 2);
        if (!(trainFraction > 0 && trainFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(trainFraction), trainFraction, "The training fraction must be between 0 and 1 (exclusive).");
        }

        var trainCount = (int)Math.Floor(trainFraction * trialCount);
        if (trainCount == 0 || trainCount == trialCount)
        {
            throw new ArgumentOutOfRangeException(nameof(trainFraction), trainFraction,
                $"A training fraction of {trainFraction} of {trialCount} trials leaves {trainCount} for training and {trialCount - trainCount} for testing: both need at least one.");
        }

        var order = new SeededRandom(seed).Permutation(trialCount);
        return new TrainTestSplit(order[..trainCount], order[trainCount..], seed);
    }

    /// <summary>Applies the split to <paramref name="data"/>.</summary>
    public (SpikeDataset Train, SpikeDataset Test) Apply(SpikeDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var total = TrainIndices.Length + TestIndices.Length;
        if (total != data.TrialCount)
        {
            throw new ArgumentException($"This split is for {total} trials but the data has {data.TrialCount}.", nameof(data));
        }

        return (data.Subset(TrainIndices, $"{data.Source} (training split)"), data.Subset(TestIndices, $"{data.Source} (test split)"));
    }
}
