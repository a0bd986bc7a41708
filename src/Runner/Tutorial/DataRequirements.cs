using DecodingChoices.Data;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// What the data must offer before anything runs, checked up front so a dataset that cannot be used is told as
/// bad input (exit code 2) naming the file and what to do, before a step fails half-way with a library's
/// internal message and some plots already written:
/// <list type="bullet">
/// <item>both choices, 0 and 1: a model cannot learn to tell apart choices it never sees;</item>
/// <item>for the walkthrough, at least <c>--folds</c> trials of each choice in the training split (80% of the
/// trials), as the stratified cross-validation of the permutation test puts some of each choice in every fold.</item>
/// </list>
/// </summary>
internal static class DataRequirements
{
    /// <summary>The fewest trials the 80/20 split can make a training and a test set from.</summary>
    public const int FewestTrials = 5;

    /// <summary>Both choices occur in <paramref name="data"/>.</summary>
    /// <exception cref="DatasetException">Every trial has the same choice.</exception>
    public static void RequireBothChoices(SpikeDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ones = data.CountOfOnes();
        if (ones == 0 || ones == data.TrialCount)
        {
            throw new DatasetException(data.Source,
                $"every one of the {data.TrialCount} trials has choice {(ones == 0 ? 0 : 1)}: a model needs trials of both choices (0 and 1) to learn from; use data with both.");
        }
    }

    /// <summary>The walkthrough can run on <paramref name="data"/> with <paramref name="folds"/> folds and the split of <paramref name="seed"/>.</summary>
    /// <exception cref="DatasetException">Too few trials, one choice only, or too few of a choice for the folds.</exception>
    public static void RequireForWalkthrough(SpikeDataset data, int folds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.TrialCount < FewestTrials)
        {
            throw new DatasetException(data.Source,
                $"has {data.TrialCount} trial(s): the walkthrough needs at least {FewestTrials} (80% to train on, 20% to test on); use a larger dataset.");
        }

        RequireBothChoices(data);
        var split = TrainTestSplit.Create(data.TrialCount, seed);
        var trainOnes = split.TrainIndices.Count(i => data.Choices[i] == 1);
        var fewest = Math.Min(trainOnes, split.TrainIndices.Length - trainOnes);
        if (fewest < folds)
        {
            var choice = trainOnes < split.TrainIndices.Length - trainOnes ? 1 : 0;
            var advice = fewest >= 2 ? $"use --folds {fewest} or fewer, or more trials" : "use data with more trials of each choice";
            throw new DatasetException(data.Source,
                $"the training split ({split.TrainIndices.Length} of {data.TrialCount} trials) has only {fewest} trial(s) with choice {choice}, fewer than the {folds} folds of the permutation test: {advice}.");
        }
    }
}
