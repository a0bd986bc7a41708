namespace DecodingChoices.Runner.Tutorial;

/// <summary>What a walkthrough runs with.</summary>
/// <param name="Track">Whose code runs the exercises.</param>
/// <param name="Seed">The seed of the split, the shuffles and the permutations.</param>
/// <param name="Shuffles">How many shuffles (2A) and permutations.</param>
/// <param name="Folds">How many folds the permutation test cross-validates with.</param>
internal sealed record TutorialOptions(TrackName Track, ulong Seed, int Shuffles, int Folds);
