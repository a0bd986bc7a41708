namespace DecodingChoices.Inference;

/// <summary>
/// The p-value of a resampling test, written once for the shuffle test, the permutation test and the runner:
/// p = (number of resampled scores ≥ the observed score + 1) / (number of resampled scores + 1).
/// </summary>
/// <remarks>
/// The "+ 1" counts the observed labelling as one more draw from the null distribution (it is one of the
/// possible labellings), so p is never 0: with 1000 shuffles the smallest p is 1/1001. This is
/// scikit-learn's <c>permutation_test_score</c> convention (Phipson &amp; Smyth, 2010).
/// </remarks>
internal static class PValues
{
    /// <summary>How many of <paramref name="nullScores"/> reach <paramref name="observed"/> (score ≥ observed).</summary>
    public static int Reaching(ReadOnlySpan<double> nullScores, double observed)
    {
        var count = 0;
        foreach (var score in nullScores)
        {
            count += score >= observed ? 1 : 0;
        }

        return count;
    }

    /// <summary>(count + 1) / (n + 1), the count taken by <see cref="Reaching"/>.</summary>
    public static double Of(ReadOnlySpan<double> nullScores, double observed) => (Reaching(nullScores, observed) + 1.0) / (nullScores.Length + 1.0);
}
