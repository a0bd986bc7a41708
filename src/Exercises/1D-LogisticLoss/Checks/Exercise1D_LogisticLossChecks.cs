using DecodingChoices.Course;
using DecodingChoices.Data;
using Xunit;

namespace DecodingChoices.Autograder;

/// <summary>Exercise 1D: the mean cross-entropy −(1/n) Σ [y log h + (1 − y) log(1 − h)], finite for any θ.</summary>
public class Exercise1D_LogisticLossChecks(ICourseExercises track) : ExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.LogisticLoss;

    protected override string DefaultHint =>
        "J = -sum / n, where sum is the sum over trials of [y[i] * log(h[i]) + (1 - y[i]) * log(1 - h[i])], with h from your ComputeH and n the number of trials (divide in double: 1 / n with two ints is 0).";

    [Fact]
    [Points(1)]
    public void Gives_the_same_loss_when_called_again_with_the_same_inputs()
    {
        var inputs = RandomInputs();
        var sets = Enumerable.Range(0, 3).Select(_ => (Theta: inputs.Vector(3), X: inputs.Matrix(7, 3), Y: inputs.Labels(7))).ToList();
        ExpectNoStateKeptInNumbers("J", [.. sets.Select(s => (Func<ICourseExercises, double>)(t => t.LogisticLoss(Copy(s.Theta), Copy(s.X), Copy(s.Y))))],
            [.. sets.Select(s => ReferenceMath.LogisticLoss(s.Theta, s.X, s.Y))], inputs.Seed);
    }

    [Fact]
    [Points(1)]
    public void Zero_theta_gives_log_2()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(4, 10), inputs.Size(2, 5));
        var y = inputs.Labels(X.GetLength(0));
        var loss = Call(t => t.LogisticLoss(new double[X.GetLength(1)], X, y), inputs.Seed);
        ExpectNumber("J(θ = 0)", Math.Log(2), loss, inputs.Seed, diagnose: Diagnose(Math.Log(2), X.GetLength(0)));
    }

    [Fact]
    [Points(1)]
    public void Matches_numpy_on_the_small_example()
    {
        var example = Fixtures.Small;
        var loss = Call(t => t.LogisticLoss(example.Theta, example.X(), example.Y));
        ExpectNumber("J", example.Loss, loss, diagnose: Diagnose(example.Loss, example.Y.Length));
    }

    [Fact]
    [Points(2)]
    public void Matches_the_cross_entropy_on_random_inputs()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(10, 40), inputs.Size(3, 10));
        var theta = inputs.Vector(X.GetLength(1), scale: 0.7);
        var y = inputs.Labels(X.GetLength(0));
        var expected = ReferenceMath.LogisticLoss(theta, X, y);
        var loss = Call(t => t.LogisticLoss(theta, X, y), inputs.Seed);
        ExpectNumber("J", expected, loss, inputs.Seed, diagnose: Diagnose(expected, y.Length));
    }

    [Fact]
    [Points(1)]
    public void Is_the_mean_over_trials_not_the_sum()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(5, 9), inputs.Size(2, 4));
        var theta = inputs.Vector(X.GetLength(1));
        var y = inputs.Labels(X.GetLength(0));
        var twice = Stack(X, X);
        int[] yTwice = [.. y, .. y];
        var expected = ReferenceMath.LogisticLoss(theta, X, y);
        var once = Call(t => t.LogisticLoss(theta, X, y), inputs.Seed);
        var doubled = Call(t => t.LogisticLoss(theta, twice, yTwice), inputs.Seed);
        ExpectNumber("J on the trials", expected, once, inputs.Seed, diagnose: Diagnose(expected, y.Length));
        ExpectNumber("J on every trial listed twice (the mean does not change)", expected, doubled, inputs.Seed, diagnose: Diagnose(expected, yTwice.Length));
    }

    [Fact]
    [Points(2)]
    public void Stays_finite_when_h_saturates()
    {
        var example = Fixtures.Saturated;
        var loss = Call(t => t.LogisticLoss(example.Theta, example.X(), example.Y));
        ExpectNumber("J with |z| up to 950 (h rounds to exactly 0 or 1)", example.Loss, loss,
            diagnose: actual => double.IsFinite(actual)
                ? Diagnose(example.Loss, example.Y.Length)(actual)
                : $"Your loss is {Show.Number(actual)}. For |z| above about 37, h rounds to exactly 1.0 (or 0.0), so log(1 - h) is log(0) = −∞, and 0 · (−∞) is NaN. "
                  + "Compute each term from z instead: −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y·z, with log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)).");
    }

    [Fact]
    [Points(1)]
    public void Leaves_theta_X_and_y_unchanged() =>
        ExpectInputsUnchanged((t, theta, X, y) => t.LogisticLoss(theta, X, y), readsLabels: true);

    [Fact]
    [Points(1)]
    public void Matches_scikit_learn_on_the_bundled_data()
    {
        var data = BundledData.Load();
        var loss = Call(t => t.LogisticLoss(Fixtures.Bundled.Theta, data.Spikes, data.Choices));
        ExpectNumber("J for scikit-learn's fit on all 276 trials", Fixtures.Bundled.Loss, loss, relative: 1e-7, diagnose: Diagnose(Fixtures.Bundled.Loss, data.TrialCount));
    }

    /// <summary>Names the usual mistakes from the value that came back.</summary>
    private static Func<double, string?> Diagnose(double expected, int trials) => actual =>
    {
        static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-7 * Math.Max(1, Math.Abs(b));
        if (Near(actual, -expected))
        {
            return "Your loss has the right size but the wrong sign: note the minus sign in front, J = −(1/n) Σ [...]. The loss is never negative.";
        }

        if (Near(actual, expected * trials))
        {
            return $"Your loss is {trials} (the number of trials) times too large: J is the mean over trials, so divide the sum by n.";
        }

        if (Near(actual, -expected * trials))
        {
            return "Your loss is the sum, not the mean, and has the wrong sign: J = −(1/n) Σ [...].";
        }

        return null;
    };

    private static double[,] Stack(double[,] top, double[,] bottom)
    {
        var rows = top.GetLength(0);
        var result = new double[rows + bottom.GetLength(0), top.GetLength(1)];
        for (var i = 0; i < result.GetLength(0); i++)
        {
            for (var j = 0; j < result.GetLength(1); j++)
            {
                result[i, j] = i < rows ? top[i, j] : bottom[i - rows, j];
            }
        }

        return result;
    }
}
