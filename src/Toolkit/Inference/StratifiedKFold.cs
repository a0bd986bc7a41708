namespace DecodingChoices.Inference;

/// <summary>
/// scikit-learn's <c>StratifiedKFold(n_splits, shuffle=False)</c>: each fold gets about the same share of
/// each class. The assignment is scikit-learn's exactly (one difference: where scikit-learn only warns that a
/// class has fewer trials than folds, this refuses): classes are numbered by first appearance, the
/// sorted class sequence is dealt round-robin into the folds to decide how many of each class each fold
/// gets, and each class's trials (in order) fill fold 0 first, then fold 1, and so on.
/// </summary>
internal static class StratifiedKFold
{
    /// <summary>The test fold (0 … <paramref name="folds"/> − 1) of every trial.</summary>
    /// <exception cref="ArgumentException">A class has fewer trials than there are folds.</exception>
    public static int[] Assign(ReadOnlySpan<int> labels, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (labels.Length < folds)
        {
            throw new ArgumentException($"{folds} folds need at least {folds} trials; there are {labels.Length}.", nameof(folds));
        }

        // Encode classes by order of first appearance, as np.unique(..., return_index=True) does.
        var classOf = new Dictionary<int, int>();
        var encoded = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!classOf.TryGetValue(labels[i], out var code))
            {
                code = classOf.Count;
                classOf[labels[i]] = code;
            }

            encoded[i] = code;
        }

        var classes = classOf.Count;
        var counts = new int[classes];
        foreach (var code in encoded)
        {
            counts[code]++;
        }

        var smallest = counts.Min();
        if (smallest < folds)
        {
            var label = classOf.First(pair => counts[pair.Value] == smallest).Key;
            throw new ArgumentException(
                $"Class {label} has only {smallest} trials, fewer than the {folds} folds: some test folds would have none of it, so their accuracies would not be comparable. Use at most {smallest} folds.",
                nameof(folds));
        }

        // allocation[f, k] = how many of class k go to test fold f: deal the sorted codes round-robin.
        var sorted = encoded.Order().ToArray();
        var allocation = new int[folds, classes];
        for (var i = 0; i < sorted.Length; i++)
        {
            allocation[i % folds, sorted[i]]++;
        }

        var assignment = new int[labels.Length];
        var nextFold = new int[classes];
        var usedInFold = new int[classes];
        for (var i = 0; i < encoded.Length; i++)
        {
            var code = encoded[i];
            while (usedInFold[code] == allocation[nextFold[code], code])
            {
                nextFold[code]++;
                usedInFold[code] = 0;
            }

            assignment[i] = nextFold[code];
            usedInFold[code]++;
        }

        return assignment;
    }

    /// <summary>The training and test trials of fold <paramref name="fold"/>, in trial order.</summary>
    public static (int[] Train, int[] Test) Split(ReadOnlySpan<int> assignment, int fold)
    {
        var train = new List<int>(assignment.Length);
        var test = new List<int>(assignment.Length / 2);
        for (var i = 0; i < assignment.Length; i++)
        {
            (assignment[i] == fold ? test : train).Add(i);
        }

        return ([.. train], [.. test]);
    }
}
