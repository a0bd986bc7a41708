namespace DecodingChoices.Runner.Tutorial;

/// <summary>The walkthrough's steps, in the tutorial's order; each is reported as soon as it is done.</summary>
internal enum TutorialStage
{
    /// <summary>The data is loaded and split.</summary>
    Data,

    /// <summary>Exercise 1 (1A–1E) ran on the track.</summary>
    Exercise1,

    /// <summary>The library <c>LogisticRegression()</c> was fitted to the real choices.</summary>
    TrueModel,

    /// <summary>The shuffle test (2A) ran on the track.</summary>
    ShuffleTest,

    /// <summary>The cross-validated permutation test ran.</summary>
    PermutationTest,

    /// <summary>The track stopped the walkthrough: an exercise is not done, or its code failed.</summary>
    Stopped,
}
