using DecodingChoices.Inference;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>The cross-validated permutation test on the training split, and how long it took.</summary>
/// <param name="Test">scikit-learn's <c>permutation_test_score</c> result.</param>
/// <param name="Trials">How many trials it cross-validated over.</param>
/// <param name="Time">How long it took.</param>
internal sealed record PermutationStep(PermutationTestResult Test, int Trials, TimeSpan Time);
