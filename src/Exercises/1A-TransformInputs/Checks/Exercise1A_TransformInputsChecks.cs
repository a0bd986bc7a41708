using DecodingChoices.Course;
using DecodingChoices.Data;
using Xunit;

namespace DecodingChoices.Autograder;

/// <summary>Exercise 1A: z = Xθ, one value per trial.</summary>
public class Exercise1A_TransformInputsChecks(ICourseExercises track) : ExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.TransformInputs;

    protected override string DefaultHint =>
        "z[i] is the dot product of row i of X with theta: the sum over neurons j of X[i, j] * theta[j].";

    [Fact]
    [Points(1)]
    public void Zero_theta_gives_zero_z()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(5, 9), inputs.Size(2, 4));
        var theta = new double[X.GetLength(1)];
        var z = Call(t => t.TransformInputs(theta, X), inputs.Seed);
        ExpectVector("z", new double[X.GetLength(0)], z, "one entry per trial (row of X)", inputs.Seed, diagnose: z => Diagnose(z, X));
    }

    [Fact]
    [Points(1)]
    public void Returns_one_value_per_trial()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(6, 12), inputs.Size(2, 5));
        var theta = inputs.Vector(X.GetLength(1));
        var z = Call(t => t.TransformInputs(theta, X), inputs.Seed);
        if (z is null || z.Length != X.GetLength(0))
        {
            throw FailShape($"shape ({X.GetLength(0)},): one z per trial, for X of shape {Show.Shape(X)}",
                z is null ? "null" : $"shape {Show.Shape(z)}", Diagnose(z, X) ?? DefaultHint, inputs.Seed);
        }
    }

    [Fact]
    [Points(2)]
    public void Matches_numpy_on_the_small_example()
    {
        var example = Fixtures.Small;
        var X = example.X();
        var z = Call(t => t.TransformInputs(example.Theta, X));
        ExpectVector("z", example.Z, z, "one entry per trial (row of X)", diagnose: z => Diagnose(z, X));
    }

    [Fact]
    [Points(1)]
    public void Unit_theta_picks_out_one_column_of_X()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(5, 9), inputs.Size(3, 4));
        var column = inputs.Size(0, X.GetLength(1) - 1);
        var theta = new double[X.GetLength(1)];
        theta[column] = 1;
        var expected = new double[X.GetLength(0)];
        for (var i = 0; i < expected.Length; i++)
        {
            expected[i] = X[i, column];
        }

        var z = Call(t => t.TransformInputs(theta, X), inputs.Seed);
        ExpectVector("z", expected, z, "one entry per trial (row of X)", inputs.Seed,
            diagnose: z => Diagnose(z, X) ?? $"With theta = 1 for neuron {column} and 0 elsewhere, z must be column {column} of X: X[i, {column}] for every trial i.");
    }

    [Fact]
    [Points(2)]
    public void Matches_X_times_theta_on_random_inputs()
    {
        var inputs = RandomInputs();
        var X = inputs.Matrix(inputs.Size(10, 40), inputs.Size(5, 30));
        var theta = inputs.Vector(X.GetLength(1));
        var (expected, scale) = ReferenceMath.TransformInputs(theta, X);
        var z = Call(t => t.TransformInputs(theta, X), inputs.Seed);
        ExpectVector("z", expected, z, "one entry per trial (row of X)", inputs.Seed, scale: scale, diagnose: z => Diagnose(z, X));
    }

    [Fact]
    [Points(1)]
    public void Leaves_theta_and_X_unchanged() =>
        ExpectInputsUnchanged((t, theta, X, _) => t.TransformInputs(theta, X), readsLabels: false);

    [Fact]
    [Points(1)]
    public void Matches_numpy_on_the_bundled_data()
    {
        var data = BundledData.Load();
        var z = Call(t => t.TransformInputs(Copy(Fixtures.Bundled.Theta), Copy(data.Spikes)));
        ExpectVector("z", Fixtures.Bundled.Z, z, $"one entry per trial ({data.TrialCount})", relative: 1e-8, absolute: 1e-9, diagnose: z => Diagnose(z, data.Spikes));
    }

    [Fact]
    [Points(1)]
    public void Gives_the_same_z_when_called_again_with_the_same_inputs()
    {
        var inputs = RandomInputs();
        var sets = Enumerable.Range(0, 3).Select(_ => (Theta: inputs.Vector(3), X: inputs.Matrix(7, 3))).ToList();
        ExpectNoStateKept("z", [.. sets.Select(s => (Func<ICourseExercises, double[]?>)(t => t.TransformInputs(Copy(s.Theta), Copy(s.X))))],
            [.. sets.Select(s => ReferenceMath.TransformInputs(s.Theta, s.X).Z)], "one entry per trial (row of X)", inputs.Seed, absolute: 1e-9);
    }

    private static string? Diagnose(double[]? z, double[,] X) =>
        z is not null && z.Length == X.GetLength(1) && X.GetLength(0) != X.GetLength(1)
            ? $"Your z has one entry per neuron ({X.GetLength(1)}), not one per trial ({X.GetLength(0)}): did you multiply along the wrong axis? Loop over the rows of X (X.GetLength(0)) outside, and over the neurons inside."
            : null;
}
