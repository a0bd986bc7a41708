using DecodingChoices.Course;
using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>Exercise 2A's known wrong versions of the shuffle test, each written as the code a student would write.</summary>
internal sealed class ShuffledAccuraciesMisconceptions : ExerciseMisconceptions
{
    private static readonly (double[,] X, int[] Y) First = Decodable(0x2A00, trials: 24, neurons: 3);
    private static readonly (double[,] X, int[] Y) Second = Decodable(0x2A01, trials: 20, neurons: 2);

    private static readonly (double[,] X, int[] Y, int Shuffles, ulong Seed)[] Inputs =
    [
        (First.X, First.Y, 3, 11),
        (Second.X, Second.Y, 4, 12),
        (First.X, First.Y, 3, 11),
        (First.X, First.Y, 1, 13),
    ];

    public override Exercise Exercise => Exercise.ShuffleTest;

    public override IReadOnlyList<Misconception> All { get; }

    public ShuffledAccuraciesMisconceptions() => All =
    [
        Entry("y shuffled in place (the real choices overwritten)",
            "random.Shuffle(y) reorders the caller's own array: after your call the real choices are lost, and the real accuracy computed from y afterwards is a shuffled one. The tutorial shuffles a copy.",
            "Shuffle a copy: var yShuffled = (int[])y.Clone(); random.Shuffle(yShuffled);",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) => Loop(shuffles, _ =>
            {
                random.Shuffle(y);
                return new LogisticRegression().Fit(X, y).Score(X, y);
            }) }),
        Entry("scored on the real choices",
            "Each model is fitted to shuffled choices but scored against the real ones. The tutorial scores it on the labels it was fitted to, model.score(X, y_shuffled): the question is how well a model can fit choices that carry no information.",
            "Score on the shuffled copy: model.Score(X, yShuffled).",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) => Loop(shuffles, _ =>
            {
                var copy = (int[])y.Clone();
                random.Shuffle(copy);
                return new LogisticRegression().Fit(X, copy).Score(X, y);
            }) }),
        Entry("no refit: one model fitted to the real choices, scored on each shuffle",
            "The shuffle test fits a new model to every shuffle: it asks how well logistic regression can fit choices that carry no information. One model fitted to the real choices and scored on shuffles answers another question.",
            "Inside the loop: var model = new LogisticRegression().Fit(X, yShuffled); then model.Score(X, yShuffled).",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) =>
            {
                var model = new LogisticRegression().Fit(X, y);
                return Loop(shuffles, _ =>
                {
                    var copy = (int[])y.Clone();
                    random.Shuffle(copy);
                    return model.Score(X, copy);
                });
            } }),
        Entry("the trials of X shuffled instead of the choices y",
            "Shuffling the rows of X together with nothing else breaks the link between neurons and choices just as well in principle, but the tutorial shuffles the choices y and keeps X: the shuffles must be of y, drawn from the random you are given.",
            "Shuffle a copy of y (random.Shuffle(yShuffled)) and keep X as it is.",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) => Loop(shuffles, _ =>
            {
                var order = Enumerable.Range(0, y.Length).ToArray();
                random.Shuffle(order);
                var shuffled = new double[X.GetLength(0), X.GetLength(1)];
                for (var i = 0; i < order.Length; i++)
                {
                    for (var j = 0; j < X.GetLength(1); j++)
                    {
                        shuffled[i, j] = X[order[i], j];
                    }
                }

                return new LogisticRegression().Fit(shuffled, y).Score(shuffled, y);
            }) }),
        Entry("shuffled once, before the loop",
            "Every accuracy is the fit to the same shuffle, so they are all equal. The null distribution needs a new shuffle for every entry.",
            "Move random.Shuffle into the loop, so shuffle i is drawn in iteration i.",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) =>
            {
                var copy = (int[])y.Clone();
                random.Shuffle(copy);
                return Loop(shuffles, _ => new LogisticRegression().Fit(X, copy).Score(X, copy));
            } }),
        Entry("shuffled after fitting and scoring",
            "Your first accuracy is the fit to the real, unshuffled choices, and each later one uses the previous iteration's shuffle: the shuffle comes after the fit instead of before it.",
            "In each iteration: shuffle first, then fit, then score.",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) =>
            {
                var copy = (int[])y.Clone();
                return Loop(shuffles, _ =>
                {
                    var accuracy = new LogisticRegression().Fit(X, copy).Score(X, copy);
                    random.Shuffle(copy);
                    return accuracy;
                });
            } }),
        Entry("scored on other trials (a held-out half)",
            "Your models are fitted on some trials and scored on others. In this exercise the tutorial scores each model on the trials it was fitted to (training accuracy), as for the real accuracy it is compared with.",
            "Fit and score on all trials: model.Score(X, yShuffled) with the X and yShuffled you fitted.",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) => Loop(shuffles, _ =>
            {
                var copy = (int[])y.Clone();
                random.Shuffle(copy);
                var half = y.Length / 2;
                var (trainX, testX) = (Rows(X, 0, half), Rows(X, half, y.Length));
                return new LogisticRegression().Fit(trainX, copy[..half]).Score(testX, copy[half..]);
            }) }),
        Entry("the count of shuffles ignored",
            "Your function returns the same number of accuracies whatever shuffles it is asked for. The caller chooses the count (the tutorial uses 1000; the checks use a few).",
            "Make the result with new double[shuffles] and loop for (var i = 0; i < shuffles; i++).",
            () => new() { ShuffledAccuraciesAs = (t, X, y, _, random) => new CorrectTrack().ShuffledAccuracies(X, y, 10, random) },
            fresh =>
            {
                var track = fresh();
                var lengths = new[] { 1, 3 }.Select(n => track.ShuffledAccuracies(Copy(First.X), (int[])First.Y.Clone(), n, new SeededRandom(5))?.Length).ToList();
                return lengths[0] is { } length && lengths[1] == length && length != 1;
            }),
        Entry("accuracies that do not depend on X or y (hard-coded)",
            "Your accuracies are the same whatever X, y and the seed are: they cannot be fits to shuffles of y.",
            "Fit new LogisticRegression().Fit(X, yShuffled) for every shuffle and record model.Score(X, yShuffled).",
            () => new() { ShuffledAccuraciesAs = (_, _, _, shuffles, _) => Enumerable.Repeat(0.5, shuffles).ToArray() },
            Recognise.SameWhateverTheInput(
                t => t.ShuffledAccuracies(Copy(First.X), (int[])First.Y.Clone(), 3, new SeededRandom(1)),
                t => t.ShuffledAccuracies(Copy(Second.X), (int[])Second.Y.Clone(), 3, new SeededRandom(2)),
                t => t.ShuffledAccuracies(Copy(First.X), (int[])First.Y.Clone(), 3, new SeededRandom(3)))),
        Entry("a new random generator instead of the one given",
            "Your shuffles do not come from the random you are given, so the same seed does not give the same accuracies (or another seed gives the same ones). Drawing from the given generator is what makes the shuffle test reproducible.",
            "Call random.Shuffle(yShuffled) on the random parameter; do not create a new SeededRandom or System.Random.",
            () => new() { ShuffledAccuraciesAs = (t, X, y, shuffles, _) => new CorrectTrack().ShuffledAccuracies(X, y, shuffles, new SeededRandom(42)) },
            fresh =>
            {
                var track = fresh();
                double[]? Run(ulong seed) => track.ShuffledAccuracies(Copy(First.X), (int[])First.Y.Clone(), 1, new SeededRandom(seed));
                var (a, b, again) = (Run(21), Run(22), Run(21));
                return a is not null && b is not null && again is not null
                    && (a.SequenceEqual(b) || !a.SequenceEqual(again))
                    && !ShuffleReference.Same(a, ShuffleReference.Accuracies(First.X, First.Y, 1, 21, cumulative: false));
            }),
        Entry("threads racing on the one generator (Parallel.For)",
            "A parallel loop over one shared generator hands the draws to whichever iteration gets there first, so shuffle i is not the i-th shuffle of the seed and the results change from run to run. A single shuffle comes out right; several do not.",
            "Use a plain for loop for the shuffles (the fits are quick), or draw all shuffles in order first and fit them in parallel afterwards.",
            () => new() { ShuffledAccuraciesAs = (_, X, y, shuffles, random) =>
            {
                // One run of the race, made repeatable: the threads reached the generator in the reverse of the loop's order.
                var accuracies = new double[shuffles];
                var next = shuffles;
                Parallel.For(0, shuffles, new ParallelOptions { MaxDegreeOfParallelism = 1 }, _ =>
                {
                    var i = Interlocked.Decrement(ref next);
                    var copy = (int[])y.Clone();
                    lock (random)
                    {
                        random.Shuffle(copy);
                    }

                    accuracies[i] = new LogisticRegression().Fit(X, copy).Score(X, copy);
                });
                return accuracies;
            } },
            fresh =>
            {
                var track = fresh();
                double[]? Run(int shuffles) => track.ShuffledAccuracies(Copy(First.X), (int[])First.Y.Clone(), shuffles, new SeededRandom(31));
                var (single, several, again) = (Run(1), Run(4), Run(4));
                var right = ShuffleReference.Accuracies(First.X, First.Y, 4, 31, cumulative: false);
                return single is not null && several is not null && again is not null && several.Length == 4
                    && ShuffleReference.Same(single, ShuffleReference.Accuracies(First.X, First.Y, 1, 31, cumulative: false))
                    && !ShuffleReference.Same(several, right)
                    && (!ShuffleReference.Same(several, again) || several.Order().SequenceEqual(right.Order()));
            }),
    ];

    public override void Probe(ICourseExercises track, Fingerprint print) =>
        Calls(print, Inputs, p => (Copy(p.X), (int[])p.Y.Clone(), p.Shuffles, p.Seed),
            p => track.ShuffledAccuracies(p.X, p.Y, p.Shuffles, new SeededRandom(p.Seed)),
            (f, p) =>
            {
                f.Record(p.X);
                f.Record(p.Y);
            });

    private static double[] Loop(int shuffles, Func<int, double> accuracy)
    {
        var accuracies = new double[shuffles];
        for (var i = 0; i < shuffles; i++)
        {
            accuracies[i] = accuracy(i);
        }

        return accuracies;
    }

    private static double[,] Rows(double[,] X, int from, int to)
    {
        var rows = new double[to - from, X.GetLength(1)];
        for (var i = from; i < to; i++)
        {
            for (var j = 0; j < X.GetLength(1); j++)
            {
                rows[i - from, j] = X[i, j];
            }
        }

        return rows;
    }

    /// <summary>Choices the neurons predict well, with both choices present: y ~ Bernoulli(σ(2.5·x₀ − 1.5·x₁)).</summary>
    private static (double[,] X, int[] Y) Decodable(ulong seed, int trials, int neurons)
    {
        var X = new RandomInputs(seed).Matrix(trials, neurons);
        var random = new SeededRandom(seed ^ 0x5EED);
        var y = new int[trials];
        for (var i = 0; i < trials; i++)
        {
            y[i] = random.NextDouble() < ReferenceMath.Sigmoid(2.5 * X[i, 0] - 1.5 * X[i, 1 % neurons]) ? 1 : 0;
        }

        (y[0], y[^1]) = (0, 1);
        return (X, y);
    }
}
