namespace DecodingChoices.Inference;

/// <summary>
/// The sound version of the shuffle test, scikit-learn's <c>permutation_test_score</c>: cross-validated
/// test accuracy on the real choices and on permutations of them.
/// </summary>
/// <param name="Score">Mean test accuracy over the folds, on the real choices.</param>
/// <param name="FoldScores">Test accuracy of each fold, on the real choices.</param>
/// <param name="PermutationScores">Mean test accuracy over the folds for each permutation of the choices.</param>
/// <param name="Folds">The number of stratified folds.</param>
/// <param name="Seed">The seed the permutations were drawn from.</param>
internal sealed record PermutationTestResult(double Score, double[] FoldScores, double[] PermutationScores, int Folds, ulong Seed)
{
    /// <summary>(number of permutations scoring ≥ the real score + 1) / (permutations + 1), as scikit-learn.</summary>
    public double PValue => PValues.Of(PermutationScores, Score);

    /// <summary>The mean score on permuted choices: cross-validated chance level.</summary>
    public double MeanPermutationScore => PermutationScores.Length == 0 ? double.NaN : PermutationScores.Average();
}
