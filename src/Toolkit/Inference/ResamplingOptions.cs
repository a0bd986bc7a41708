using DecodingChoices.Models;

namespace DecodingChoices.Inference;

/// <summary>Settings shared by the shuffle test and the permutation test.</summary>
internal sealed record ResamplingOptions
{
    /// <summary>How many shuffles (or permutations) of the choices; the tutorial uses 1000.</summary>
    public int Count { get; init; } = 1000;

    /// <summary>The seed: shuffle i uses its own stream, <c>SeededRandom.Derive(Seed, i)</c>, so results do not depend on threads.</summary>
    public ulong Seed { get; init; } = 2024;

    /// <summary>The model's settings (only its settings are used; it is not fitted). Default: scikit-learn's defaults.</summary>
    public LogisticRegression Model { get; init; } = new();

    /// <summary>How many threads to use; default: all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Called from worker threads with the number of shuffles finished so far (for a progress bar).</summary>
    public Action<int>? Progress { get; init; }

    public CancellationToken CancellationToken { get; init; }

    internal ParallelOptions ParallelOptions => new()
    {
        CancellationToken = CancellationToken,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? Environment.ProcessorCount,
    };

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Count);
        ArgumentNullException.ThrowIfNull(Model);
        Model.ValidateSettings();
        if (MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Use at least one thread.");
        }
    }
}
