using DecodingChoices.Course;
using DecodingChoices.Data;
using Xunit;

namespace DecodingChoices.Autograder;

/// <summary>Exercise 1E: the fraction of trials where ŷ = y, with ŷ = 1 exactly when h ≥ 0.5.</summary>
public class Exercise1E_EvaluateAccuracyChecks(ICourseExercises track) : ExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.EvaluateAccuracy;

    protected override string DefaultHint =>
        "Predict yHat[i] = 1 when h[i] >= 0.5 (else 0), count the trials where yHat[i] == y[i], and divide by the number of trials.";

    [Fact]
    [Points(1)]
    public void Zero_theta_predicts_1_on_every_trial()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(2 * inputs.Size(3, 6) + 1, inputs.Size(2, 4)); // an odd number of trials: ones ≠ zeros, so "h > 0.5" scores differently
        var y = inputs.Labels(X.GetLength(0));
        var expected = (double)y.Count(v => v == 1) / y.Length;
        var accuracy = Call(t => t.EvaluateAccuracy(new double[X.GetLength(1)], X, y), inputs.Seed);
        ExpectNumber("accuracy with θ̂ = 0 (h = 0.5, so ŷ = 1, on every trial)", expected, accuracy, inputs.Seed,
            diagnose: Diagnose(expected, 1 - expected));
    }

    [Fact]
    [Points(2)]
    public void Trials_with_h_exactly_one_half_count_as_1()
    {
        var example = Fixtures.Ties;
        var accuracy = Call(t => t.EvaluateAccuracy(example.Theta, example.X(), example.Y));
        ExpectNumber("accuracy when some h are exactly 0.5", example.Accuracy, accuracy,
            diagnose: Diagnose(example.Accuracy, ReferenceMath.Accuracy(example.Theta, example.X(), example.Y, strict: true)));
    }

    [Fact]
    [Points(1)]
    public void Matches_numpy_on_the_small_example()
    {
        var example = Fixtures.Small;
        var accuracy = Call(t => t.EvaluateAccuracy(example.Theta, example.X(), example.Y));
        ExpectNumber("accuracy", example.Accuracy, accuracy, diagnose: Diagnose(example.Accuracy, 1 - example.Accuracy));
    }

    [Fact]
    [Points(1)]
    public void Matches_the_fraction_correct_on_random_inputs()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(20, 60), inputs.Size(2, 8));
        var theta = inputs.Vector(X.GetLength(1));
        var y = inputs.Labels(X.GetLength(0));
        var expected = ReferenceMath.Accuracy(theta, X, y);
        var accuracy = Call(t => t.EvaluateAccuracy(theta, X, y), inputs.Seed);
        ExpectNumber("accuracy", expected, accuracy, inputs.Seed, diagnose: Diagnose(expected, 1 - expected));
    }

    [Fact]
    [Points(1)]
    public void Flipping_theta_flips_every_prediction()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(20, 40), inputs.Size(2, 6));
        var theta = inputs.Vector(X.GetLength(1));
        theta[0] += 0.0005; // inputs are rounded to 3 decimals: this keeps every z away from exactly 0
        var y = inputs.Labels(X.GetLength(0));
        var expected = ReferenceMath.Accuracy(theta, X, y);
        var minusTheta = theta.Select(v => -v).ToArray();
        var accuracy = Call(t => t.EvaluateAccuracy(theta, X, y), inputs.Seed);
        var flipped = Call(t => t.EvaluateAccuracy(minusTheta, X, y), inputs.Seed);
        ExpectNumber("accuracy of the fitted weights θ̂ (fraction correct)", expected, accuracy, inputs.Seed, diagnose: Diagnose(expected, 1 - expected));
        ExpectNumber("accuracy with −θ̂ (every prediction flips)", 1 - expected, flipped, inputs.Seed, diagnose: Diagnose(1 - expected, expected));
    }

    [Fact]
    [Points(1)]
    public void Leaves_theta_X_and_y_unchanged() =>
        ExpectInputsUnchanged((t, theta, X, y) => t.EvaluateAccuracy(theta, X, y), readsLabels: true);

    [Fact]
    [Points(1)]
    public void Matches_scikit_learn_on_the_bundled_data()
    {
        var data = BundledData.Load();
        var accuracy = Call(t => t.EvaluateAccuracy(Copy(Fixtures.Bundled.Theta), Copy(data.Spikes), Copy(data.Choices)));
        ExpectNumber("training accuracy of scikit-learn's fit on all 276 trials (model.score)", Fixtures.Bundled.SklearnScore, accuracy,
            diagnose: Diagnose(Fixtures.Bundled.SklearnScore, 1 - Fixtures.Bundled.SklearnScore));
    }

    [Fact]
    [Points(1)]
    public void Is_a_fraction_of_7_trials_between_0_and_1()
    {
        double[,] X = { { 1, 0 }, { 0, 0 }, { -1, 0.5 }, { 0, 0 }, { 2, -1 }, { -2, 1 }, { 0.5, 0.5 } };
        // 7 trials, 5 predicted right: 5 / 7 in int is 0, and no threshold, count or strict rule gives 5/7.
        double[] theta = [1, 0.5];
        int[] y = [1, 1, 1, 1, 0, 0, 1];
        var expected = ReferenceMath.Accuracy(theta, X, y);
        var accuracy = Call(t => t.EvaluateAccuracy(Copy(theta), Copy(X), Copy(y)));
        ExpectNumber("accuracy on 7 trials, 5 of them predicted right (two with h exactly 0.5)", expected, accuracy,
            diagnose: a => a == 0 ? "An accuracy of 0 where 5 of 7 trials are right: 5 / 7 with two ints is integer division. Divide in double: (double)correct / y.Length." : Diagnose(expected, ReferenceMath.Accuracy(theta, X, y, strict: true))(a));
    }

    [Fact]
    [Points(1)]
    public void Gives_the_same_accuracy_when_called_again_with_the_same_inputs()
    {
        var inputs = RandomInputs();
        var sets = Enumerable.Range(0, 3).Select(_ => (Theta: inputs.Vector(3), X: inputs.Matrix(9, 3), Y: inputs.Labels(9))).ToList();
        ExpectNoStateKeptInNumbers("accuracy", [.. sets.Select(s => (Func<ICourseExercises, double>)(t => t.EvaluateAccuracy(Copy(s.Theta), Copy(s.X), Copy(s.Y))))],
            [.. sets.Select(s => ReferenceMath.Accuracy(s.Theta, s.X, s.Y))], inputs.Seed);
    }

    /// <summary>Names the usual mistakes from the value that came back.</summary>
    /// <param name="expected">The right accuracy.</param>
    /// <param name="strictOrInverted">What the usual mistake would score: "h &gt; 0.5", or predictions compared the wrong way round.</param>
    private static Func<double, string?> Diagnose(double expected, double strictOrInverted) => actual =>
    {
        if (actual is < 0 or > 1)
        {
            return "An accuracy is a fraction between 0 and 1: divide the number of correct trials by the number of trials.";
        }

        if (Math.Abs(actual - strictOrInverted) < 1e-12 && Math.Abs(expected - strictOrInverted) > 1e-12)
        {
            return "Check the prediction rule: ŷ = 1 when h is greater than OR EQUAL to 0.5 (h >= 0.5, not h > 0.5), and 0 otherwise — and compare ŷ with y, counting matches.";
        }

        return null;
    };
}
