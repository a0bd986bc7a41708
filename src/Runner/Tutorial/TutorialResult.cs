using DecodingChoices.Data;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>Everything a walkthrough computed, as far as it got.</summary>
internal sealed record TutorialResult
{
    public required TutorialOptions Options { get; init; }

    /// <summary>The whole dataset.</summary>
    public required SpikeDataset Data { get; init; }

    /// <summary>The training split (the tutorial's X, y).</summary>
    public required SpikeDataset Train { get; init; }

    /// <summary>The held-out test split.</summary>
    public required SpikeDataset Test { get; init; }

    /// <summary>Exercise 1, when the track got through it.</summary>
    public Exercise1Result? Exercise1 { get; init; }

    /// <summary>Exercise 1's finished steps when the track stopped inside it (<see cref="Exercise1"/> is then null).</summary>
    public Exercise1Steps? Exercise1Steps { get; init; }

    /// <summary>The library model on the real choices, when the walkthrough got there.</summary>
    public LibraryModelFit? TrueModel { get; init; }

    /// <summary>Exercise 2, when the track got through the shuffle test.</summary>
    public Exercise2Result? Exercise2 { get; init; }

    /// <summary>The cross-validated permutation test, when the walkthrough got there.</summary>
    public PermutationStep? Permutation { get; init; }

    /// <summary>Where the track stopped the walkthrough, or null when it ran to the end.</summary>
    public ExerciseFailure? StoppedAt { get; init; }

    /// <summary>How long the whole walkthrough took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether every step ran.</summary>
    public bool Completed => StoppedAt is null && Permutation is not null;
}
