using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.Autograder;

/// <summary>Exercise 1C: h = σ(Xθ), one probability per trial.</summary>
public class Exercise1C_ComputeHChecks(ICourseExercises track) : ExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.ComputeH;

    protected override string DefaultHint => "h = Sigmoid(TransformInputs(theta, X)): call your 1A, then your 1B.";

    [Fact]
    [Points(2)]
    public void Zero_theta_gives_one_half_on_every_trial()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(4, 8), inputs.Size(2, 5));
        var h = Call(t => t.ComputeH(new double[X.GetLength(1)], X), inputs.Seed);
        ExpectVector("h", Enumerable.Repeat(0.5, X.GetLength(0)).ToArray(), h, "one probability per trial (row of X)", inputs.Seed,
            diagnose: h => h.All(v => v == 0) ? "You returned z (all 0 for theta = 0): pass z through your Sigmoid." : null);
    }

    [Fact]
    [Points(2)]
    public void Matches_numpy_on_the_small_example()
    {
        var example = Fixtures.Small;
        var h = Call(t => t.ComputeH(example.Theta, example.X()));
        ExpectVector("h", example.H, h, "one probability per trial (row of X)", diagnose: ForgotSigmoid(example.Z));
    }

    [Fact]
    [Points(2)]
    public void Matches_sigmoid_of_X_times_theta_on_random_inputs()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(10, 30), inputs.Size(3, 12));
        var theta = inputs.Vector(X.GetLength(1));
        var (z, _) = ReferenceMath.TransformInputs(theta, X);
        var h = Call(t => t.ComputeH(theta, X), inputs.Seed);
        ExpectVector("h", z.Select(ReferenceMath.Sigmoid).ToArray(), h, "one probability per trial (row of X)", inputs.Seed, diagnose: ForgotSigmoid(z));
    }

    [Fact]
    [Points(2)]
    public void Stays_between_0_and_1_for_large_weights()
    {
        var example = Fixtures.Saturated;
        var h = Call(t => t.ComputeH(example.Theta, example.X()));
        ExpectVector("h", example.H, h, "one probability per trial (row of X)", absolute: 1e-15, diagnose: ForgotSigmoid(example.Z));
    }

    [Fact]
    [Points(1)]
    public void Leaves_theta_and_X_unchanged() =>
        ExpectInputsUnchanged((t, theta, X, _) => t.ComputeH(theta, X), readsLabels: false);

    [Fact]
    [Points(1)]
    public void Gives_the_same_h_when_called_again_with_the_same_inputs()
    {
        var inputs = RandomInputs();
        var sets = Enumerable.Range(0, 3).Select(_ => (Theta: inputs.Vector(3), X: inputs.Matrix(7, 3))).ToList();
        ExpectNoStateKept("h", [.. sets.Select(s => (Func<ICourseExercises, double[]?>)(t => t.ComputeH(Copy(s.Theta), Copy(s.X))))],
            [.. sets.Select(s => ReferenceMath.TransformInputs(s.Theta, s.X).Z.Select(ReferenceMath.Sigmoid).ToArray())], "one probability per trial (row of X)", inputs.Seed, absolute: 1e-12);
    }

    private static Func<double[], string?> ForgotSigmoid(double[] z) => h =>
        h.Length == z.Length && Enumerable.Range(0, z.Length).All(i => Math.Abs(h[i] - z[i]) <= 1e-9 * Math.Max(1, Math.Abs(z[i])))
            ? "Your h equals z = Xθ: pass it through your Sigmoid so every h is a probability between 0 and 1."
            : null;
}
