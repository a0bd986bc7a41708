using System.Globalization;

using DecodingChoices.Runner.Tutorial;

namespace DecodingChoices.Instructor;

/// <summary>
/// The walkthrough's closing note in plain language, from its own numbers: why the shuffled training
/// accuracies are so high, why 50% is not chance for a training accuracy, and what the cross-validated
/// permutation test says.
/// </summary>
internal static class Interpretation
{
    /// <summary>The paragraphs for a completed walkthrough (empty when it stopped before Exercise 2).</summary>
    public static IReadOnlyList<string> For(TutorialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var paragraphs = new List<string>();
        if (result.Exercise2 is { } shuffle)
        {
            paragraphs.Add(WhyShuffledAccuracyIsHigh(shuffle, result.Train.TrialCount, result.Train.NeuronCount));
            paragraphs.Add(WhyFiftyPercentIsNotChance(shuffle, result.Train.Choices));
        }

        if (result.Permutation is { } permutation)
        {
            paragraphs.Add(WhatThePermutationTestSays(permutation, result.Exercise1));
        }

        return paragraphs;
    }

    private static string WhyShuffledAccuracyIsHigh(Exercise2Result shuffle, int trials, int neurons)
    {
        var weights = neurons + 1 >= trials
            ? I($"with {neurons} neurons and only {trials} training trials, the model has more weights than there are trials, so it can find weights that fit any labelling of these trials, even a random one: it memorizes instead of learning.")
            : I($"with {neurons} weights for {trials} training trials, the model can fit part of any labelling of these trials, even a random one.");
        return I($"Why the shuffled accuracies are so high: {weights} On shuffled choices its training accuracy {Spread(shuffle.ShuffledAccuracies)}, and {shuffle.ShufflesReachingTrue} of {shuffle.ShuffledAccuracies.Length} shuffles reach the true training accuracy {shuffle.TrueAccuracy:F3} (p = {P(shuffle.PValue)}). ")
            + (shuffle.PValue > 0.05
                ? "So the true training accuracy alone cannot show that the neurons carry information about the choice."
                : "The true training accuracy stands out from the shuffles, but a training accuracy still measures fit, not what generalizes.");
    }

    private static string WhyFiftyPercentIsNotChance(Exercise2Result shuffle, int[] choices)
    {
        var ones = choices.Count(c => c == 1);
        var majority = Math.Max(ones, choices.Length - ones) / (double)choices.Length;
        return I($"Why 50% is not chance: chance is what the same model, fitted the same way, reaches when the choices carry no information, and for a training accuracy that is the shuffled accuracy, {shuffle.MeanShuffledAccuracy:F3} here. ")
            + I($"Even on held-out trials, 50% is chance only when both choices are equally common: {ones} of the {choices.Length} training choices are 1, so always guessing the commoner choice already scores {majority:F3}.");
    }

    private static string WhatThePermutationTestSays(PermutationStep step, Exercise1Result? exercise1)
    {
        var test = step.Test;
        var reached = test.PermutationScores.Count(s => s >= test.Score);
        var smallest = reached == 0 ? I($", the smallest possible with {test.PermutationScores.Length} permutations") : "";
        var heldOut = exercise1 is null ? "" : I($" (Exercise 1's θ̂ scored {exercise1.TestAccuracy:F3} on the held-out test trials.)");
        return I($"What the cross-validated permutation test says: it scores every model on trials it was not fitted to ({test.Folds} folds of the {step.Trials} training trials). On permuted choices the held-out accuracy averages {test.MeanPermutationScore:F3}, near chance; on the real choices it is {test.Score:F3}, and {reached} of {test.PermutationScores.Length} permutations did as well (p = {P(test.PValue)}{smallest}). ")
            + (test.PValue <= 0.05
                ? "So the neural responses do carry information about the choice, and the evidence is the held-out accuracy, not the training accuracy."
                : "So these data give no evidence that the neural responses carry information about the choice.")
            + heldOut;
    }

    /// <summary>"is 1.000 on every shuffle" or "averages 0.722 (from 0.562 to 0.938)".</summary>
    private static string Spread(double[] accuracies) => accuracies.Min() == accuracies.Max()
        ? I($"is {accuracies[0]:F3} on every shuffle")
        : I($"averages {accuracies.Average():F3} (from {accuracies.Min():F3} to {accuracies.Max():F3})");

    private static string P(double p) => p.ToString("G3", CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
