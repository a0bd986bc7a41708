using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Inference;

/// <summary>
/// scikit-learn's <c>permutation_test_score(LogisticRegression(), X, y, cv=StratifiedKFold(k), n_permutations=n)</c>:
/// the cross-validated test accuracy on the real choices, against the same on permuted choices. Unlike the
/// tutorial's shuffle test, it scores on trials the model did not see, so chance is what it should be.
/// </summary>
/// <remarks>
/// As in scikit-learn, each permutation is split into stratified folds by its own permuted labels. Every fit
/// reads rows of one shared design (X = L Qᵀ is factorized once; a fold's training trials are rows of L),
/// so no fold needs a new factorization or a copy. Permutation i draws from its own seed: results are the
/// same bit for bit whatever the number of threads.
/// </remarks>
public static class PermutationTest
{
    /// <summary>Runs the test with <paramref name="folds"/> stratified folds.</summary>
    /// <exception cref="OperationCanceledException">The options' token was cancelled.</exception>
    public static PermutationTestResult Run(double[,] X, int[] y, int folds = 5, ResamplingOptions? options = null)
    {
        options ??= new ResamplingOptions();
        options.Validate();
        LogisticInputs.Validate(X, y, options.Model.Penalty == Penalty.None, options.Model.FitIntercept);
        StratifiedKFold.Assign(y, folds); // the real labels must allow the folds: fail before any work
        var design = ModelSettings.SharedDesign(X);

        var foldScores = CrossValidate(design, y, folds, options);
        var scores = new double[options.Count];
        var finished = 0;
        Parallel.For(
            0,
            options.Count,
            options.ParallelOptions,
            () => new int[y.Length],
            (permutation, _, labels) =>
            {
                y.CopyTo(labels, 0);
                new SeededRandom(SeededRandom.Derive(options.Seed, permutation)).Shuffle(labels.AsSpan());
                scores[permutation] = CrossValidate(design, labels, folds, options).Average();
                options.Progress?.Invoke(Interlocked.Increment(ref finished));
                return labels;
            },
            _ => { });

        return new PermutationTestResult(foldScores.Average(), foldScores, scores, folds, options.Seed);
    }

    /// <summary>The test accuracy of each stratified fold (scikit-learn's <c>cross_val_score</c>).</summary>
    public static double[] CrossValidate(LogisticDesign design, int[] labels, int folds, ResamplingOptions options)
    {
        var assignment = StratifiedKFold.Assign(labels, folds);
        var scores = new double[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var (train, test) = StratifiedKFold.Split(assignment, fold);
            var trainLabels = train.Select(i => labels[i]).ToArray();
            var testLabels = test.Select(i => labels[i]).ToArray();
            if (trainLabels.All(l => l == trainLabels[0]))
            {
                throw new ArgumentException($"Fold {fold}'s training trials all have choice {trainLabels[0]}: a model needs both choices to learn from.", nameof(labels));
            }

            var fitter = ModelSettings.Fitter(options.Model, design.SelectRows(train), options.CancellationToken);
            var (parameters, _) = fitter.Fit(trainLabels);
            scores[fold] = ModelSettings.Accuracy(design.SelectRows(test), parameters, options.Model.FitIntercept, testLabels, new double[test.Length]);
        }

        return scores;
    }
}
