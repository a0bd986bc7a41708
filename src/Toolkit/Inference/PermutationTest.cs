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
internal static class PermutationTest
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
        var permutedFoldScores = new double[options.Count * folds];
        var foldsLeft = new int[options.Count];
        Array.Fill(foldsLeft, folds);
        var finished = 0;
        var seed = options.Seed;
        var fitIntercept = options.Model.FitIntercept;

        // Problem q is fold q % folds of permutation q / folds: its labels are the permutation's, its trials the
        // fold's training trials. All 5 × Count fits run batched on the shared design (see BatchedLogisticFits).
        void Permute(int permutation, Span<int> labels)
        {
            y.CopyTo(labels);
            new SeededRandom(SeededRandom.Derive(seed, permutation)).Shuffle(labels);
        }

        new BatchedLogisticFits(design, options.Model).Run(
            options.Count * folds,
            (problem, labels, trials) =>
            {
                Permute(problem / folds, labels);
                var (train, _) = StratifiedKFold.Split(StratifiedKFold.Assign(labels, folds), problem % folds);
                CheckBothClasses(labels, train, problem % folds);
                train.CopyTo(trials);
                return train.Length;
            },
            (problem, parameters, labels, in _) =>
            {
                var (permutation, fold) = (problem / folds, problem % folds);
                var (_, test) = StratifiedKFold.Split(StratifiedKFold.Assign(labels, folds), fold);
                var testLabels = new int[test.Length];
                for (var t = 0; t < test.Length; t++)
                {
                    testLabels[t] = labels[test[t]];
                }

                permutedFoldScores[problem] = ModelSettings.Accuracy(design.SelectRows(test), parameters, fitIntercept, testLabels, new double[test.Length]);
                if (Interlocked.Decrement(ref foldsLeft[permutation]) == 0)
                {
                    options.Progress?.Invoke(Interlocked.Increment(ref finished));
                }
            },
            options.ParallelOptions.MaxDegreeOfParallelism,
            options.CancellationToken);

        // The mean over folds, in fold order: the same sum whichever thread fitted which fold.
        var scores = new double[options.Count];
        for (var permutation = 0; permutation < scores.Length; permutation++)
        {
            scores[permutation] = permutedFoldScores.AsSpan(permutation * folds, folds).ToArray().Average();
        }

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
            CheckBothClasses(labels, train, fold);

            var fitter = ModelSettings.Fitter(options.Model, design.SelectRows(train), options.CancellationToken);
            var (parameters, _) = fitter.Fit(trainLabels);
            scores[fold] = ModelSettings.Accuracy(design.SelectRows(test), parameters, options.Model.FitIntercept, testLabels, new double[test.Length]);
        }

        return scores;
    }

    private static void CheckBothClasses(ReadOnlySpan<int> labels, int[] train, int fold)
    {
        var first = labels[train[0]];
        foreach (var trial in train)
        {
            if (labels[trial] != first)
            {
                return;
            }
        }

        throw new ArgumentException($"Fold {fold}'s training trials all have choice {first}: a model needs both choices to learn from.", nameof(labels));
    }
}
