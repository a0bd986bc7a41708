using DecodingChoices.Course;
using DecodingChoices.Data;
using DecodingChoices.Models;
using DecodingChoices.Randomness;
using Xunit;

namespace DecodingChoices.Autograder;

/// <summary>Exercise 2A: fit the course's LogisticRegression to shuffled choices and record its training accuracy, shuffle after shuffle.</summary>
public class Exercise2A_ShuffleTestChecks(ICourseExercises track) : ExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.ShuffleTest;

    protected override string DefaultHint =>
        "For each shuffle: var copy = (int[])y.Clone(); random.Shuffle(copy); var model = new LogisticRegression().Fit(X, copy); record model.Score(X, copy).";

    [Fact]
    [Points(1)]
    public void Returns_one_accuracy_per_shuffle()
    {
        var inputs = RandomInputs();
        var (X, y) = Decodable(inputs, trials: 40, neurons: 4);
        var shuffles = inputs.Size(3, 9);
        RequireAccuracies(Call(t => t.ShuffledAccuracies(X, y, shuffles, new SeededRandom(inputs.Seed)), inputs.Seed), shuffles, inputs.Seed);
    }

    [Fact]
    [Points(1)]
    public void Leaves_X_and_y_unchanged()
    {
        var inputs = RandomInputs();
        var (X, y) = Decodable(inputs, trials: 30, neurons: 3);
        var (XBefore, yBefore) = ((double[,])X.Clone(), (int[])y.Clone());
        Call(t => t.ShuffledAccuracies(X, y, 3, new SeededRandom(inputs.Seed)), inputs.Seed);
        ExpectUnchanged("y", yBefore, y);
        ExpectUnchanged("X", XBefore, X);
    }

    [Fact]
    [Points(3)]
    public void Each_accuracy_is_a_fit_to_a_shuffle_of_y_scored_on_that_shuffle()
    {
        var inputs = RandomInputs();
        var (X, y) = Decodable(inputs, trials: 60, neurons: 5);
        const int shuffles = 8;
        var actual = RequireAccuracies(Call(t => t.ShuffledAccuracies(X, y, shuffles, new SeededRandom(inputs.Seed)), inputs.Seed), shuffles, inputs.Seed);
        var freshCopies = ShuffleReference.Accuracies(X, y, shuffles, inputs.Seed, cumulative: false);
        var oneCopy = ShuffleReference.Accuracies(X, y, shuffles, inputs.Seed, cumulative: true);
        if (!ShuffleReference.Same(actual, freshCopies) && !ShuffleReference.Same(actual, oneCopy))
        {
            throw Fail($"accuracies {Show.Vector(freshCopies)}", $"accuracies {Show.Vector(actual)}", Diagnose(X, y, actual, inputs.Seed), inputs.Seed);
        }
    }

    [Fact]
    [Points(1)]
    public void Every_shuffle_is_new()
    {
        var inputs = RandomInputs();
        var (X, y) = Decodable(inputs, trials: 60, neurons: 5);
        var accuracies = RequireAccuracies(Call(t => t.ShuffledAccuracies(X, y, 12, new SeededRandom(inputs.Seed)), inputs.Seed), 12, inputs.Seed);
        if (accuracies.Distinct().Count() == 1)
        {
            throw Fail("different accuracies for different shuffles", $"the same accuracy every time: {Show.Number(accuracies[0])}",
                "Shuffle inside the loop, once per shuffle: shuffling once before the loop fits the same labels every time.", inputs.Seed);
        }
    }

    [Fact]
    [Points(1)]
    public void The_same_seed_gives_the_same_accuracies()
    {
        var inputs = RandomInputs();
        var (X, y) = Decodable(inputs, trials: 50, neurons: 4);
        var first = RequireAccuracies(Call(t => t.ShuffledAccuracies(Copy(X), Copy(y), 5, new SeededRandom(99)), inputs.Seed), 5, inputs.Seed);
        var (otherX, otherY) = Decodable(inputs, trials: 30, neurons: 3);
        RequireAccuracies(Call(t => t.ShuffledAccuracies(otherX, otherY, 3, new SeededRandom(7)), inputs.Seed), 3, inputs.Seed);
        var second = RequireAccuracies(Call(t => t.ShuffledAccuracies(Copy(X), Copy(y), 5, new SeededRandom(99)), inputs.Seed), 5, inputs.Seed);
        if (!ShuffleReference.Same(first, second))
        {
            throw Fail($"the same accuracies from the same seed: {Show.Vector(first)}", $"{Show.Vector(second)} on the second run",
                "Your results change from run to run with the same seed: shuffle a copy of y (never y itself, or the next run starts from shuffled labels), "
                + "draw every shuffle, in order, from the random you are given (random.Shuffle) rather than a generator of your own or several threads at once (Parallel.For), "
                + "and keep nothing between calls.", inputs.Seed);
        }
    }

    [Fact]
    [Points(2)]
    public void Shuffled_choices_decode_near_chance_when_neurons_are_few()
    {
        var inputs = RandomInputs();
        var (X, y) = Decodable(inputs, trials: 80, neurons: 3);
        var real = new LogisticRegression().Fit(X, y).Score(X, y);
        var accuracies = RequireAccuracies(Call(t => t.ShuffledAccuracies(X, y, 20, new SeededRandom(inputs.Seed)), inputs.Seed), 20, inputs.Seed);
        var notAFraction = accuracies.FirstOrDefault(a => !(a >= 0 && a <= 1) || Math.Abs(a * y.Length - Math.Round(a * y.Length)) > 1e-9, double.NaN);
        if (!double.IsNaN(notAFraction))
        {
            throw Fail($"training accuracies on {y.Length} trials: multiples of 1/{y.Length} between 0 and 1", $"an accuracy of {Show.Number(notAFraction)}",
                "Each entry is model.Score(X, yShuffled): the fraction of the trials the model fitted to the shuffle gets right.", inputs.Seed);
        }

        var mean = accuracies.Average();
        if (!(mean < real) || mean is < 0.4 or > 0.8)
        {
            throw Fail($"a mean shuffled accuracy near chance (0.4–0.8) and below the real accuracy {Show.Number(real)}",
                $"mean shuffled accuracy {Show.Number(mean)}", Diagnose(X, y, accuracies, inputs.Seed), inputs.Seed);
        }
    }

    [Fact]
    [Points(1)]
    public void With_691_neurons_shuffled_choices_are_fitted_perfectly_too()
    {
        var train = TrainTestSplit.Create(BundledData.Load().TrialCount).Apply(BundledData.Load()).Train;
        var accuracies = RequireAccuracies(Call(t => t.ShuffledAccuracies(train.Spikes, train.Choices, 4, new SeededRandom(7))), 4, seed: null);
        var expected = ShuffleReference.Accuracies(train.Spikes, train.Choices, 4, 7, cumulative: false);
        if (!ShuffleReference.Same(accuracies, expected) && !ShuffleReference.Same(accuracies, ShuffleReference.Accuracies(train.Spikes, train.Choices, 4, 7, cumulative: true)))
        {
            throw Fail($"accuracies {Show.Vector(expected)} on the 220 × 691 training split", $"accuracies {Show.Vector(accuracies)}",
                Diagnose(train.Spikes, train.Choices, accuracies, 7));
        }
    }

    /// <summary>The accuracies a call returned, or a failed check when it returned none or the wrong number.</summary>
    private double[] RequireAccuracies(double[]? accuracies, int shuffles, ulong? seed, [System.Runtime.CompilerServices.CallerMemberName] string check = "")
    {
        if (accuracies is null || accuracies.Length != shuffles)
        {
            throw FailShape($"{shuffles} accuracies, one per shuffle", accuracies is null ? "null" : $"{accuracies.Length} accuracies",
                "Make the result with new double[shuffles] and fill entry i in shuffle i.", seed, check);
        }

        return accuracies;
    }

    /// <summary>A dataset whose choices the neurons predict well: y ~ Bernoulli(σ(2.5·x₀ − 1.5·x₁)).</summary>
    private static (double[,] X, int[] y) Decodable(RandomInputs inputs, int trials, int neurons)
    {
        var X = inputs.Matrix(trials, neurons);
        var random = new SeededRandom(inputs.Seed ^ 0x5EED);
        var y = new int[trials];
        for (var i = 0; i < trials; i++)
        {
            var z = 2.5 * X[i, 0] - 1.5 * X[i, 1 % neurons];
            y[i] = random.NextDouble() < ReferenceMath.Sigmoid(z) ? 1 : 0;
        }

        y[0] = 0;
        y[^1] = 1;
        return (X, y);
    }

    /// <summary>Names the usual mistakes by recomputing what each would have returned.</summary>
    private string Diagnose(double[,] X, int[] y, double[] actual, ulong seed)
    {
        var random = new SeededRandom(seed);
        var scoredOnRealChoices = new double[actual.Length];
        for (var i = 0; i < actual.Length; i++)
        {
            var labels = (int[])y.Clone();
            random.Shuffle(labels.AsSpan());
            scoredOnRealChoices[i] = new LogisticRegression().Fit(X, labels).Score(X, y);
        }

        if (ShuffleReference.Same(actual, scoredOnRealChoices))
        {
            return "You score each model on the real choices y: score it on the shuffled copy it was fitted to, model.Score(X, yShuffled), as the tutorial's model.score(X, y_shuffled).";
        }

        var real = new LogisticRegression().Fit(X, y).Score(X, y);
        if (actual.All(a => Math.Abs(a - real) < 1e-12))
        {
            return $"Every accuracy equals the real one ({Show.Number(real)}): fit each model to the shuffled copy, not to y.";
        }

        return DefaultHint;
    }

    
}
