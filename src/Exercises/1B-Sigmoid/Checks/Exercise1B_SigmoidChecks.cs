using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.Autograder;

/// <summary>Exercise 1B: σ(z) = 1 / (1 + e^(−z)), element-wise, finite for any z.</summary>
public class Exercise1B_SigmoidChecks(ICourseExercises track) : ExerciseChecks(track)
{
    public override Exercise Exercise => Exercise.Sigmoid;

    protected override string DefaultHint => "sigma(z[i]) = 1 / (1 + Math.Exp(-z[i])) for every entry.";

    [Fact]
    [Points(1)]
    public void Sigmoid_of_zero_is_one_half()
    {
        var h = Call(t => t.Sigmoid([0.0]));
        ExpectVector("σ(z)", [0.5], h, "one value per entry of z", diagnose: Diagnose([0.0]));
    }

    [Fact]
    [Points(2)]
    public void Matches_scipy_expit_on_known_values()
    {
        var z = (double[])Fixtures.Sigmoid.Z.Clone();
        var h = Call(t => t.Sigmoid(z));
        ExpectVector("σ(z)", Fixtures.Sigmoid.Expected, h, "one value per entry of z", absolute: 1e-15, diagnose: Diagnose(Fixtures.Sigmoid.Z));
    }

    [Fact]
    [Points(2)]
    public void Stays_finite_and_correct_for_large_inputs()
    {
        double[] z = [1000, -1000, 800, -800, 710, -710, 50, -50];
        var expected = z.Select(ReferenceMath.Sigmoid).ToArray();
        var h = Call(t => t.Sigmoid(Copy(z)));
        ExpectVector("σ(z)", expected, h, "one value per entry of z", absolute: 1e-15, diagnose: Diagnose(z));
    }

    [Fact]
    [Points(1)]
    public void Increases_with_z()
    {
        var inputs = RandomInputs();
        var z = inputs.Vector(inputs.Size(8, 16), scale: 4);
        Array.Sort(z);
        var h = Call(t => t.Sigmoid(Copy(z)), inputs.Seed);

        // The shape of the curve first (it names a flipped sign directly), then the values.
        for (var i = 1; h is not null && i < Math.Min(z.Length, h.Length); i++)
        {
            if (z[i] > z[i - 1] && h[i] < h[i - 1])
            {
                throw Fail($"σ to increase with z", $"σ({Show.Number(z[i - 1])}) = {Show.Number(h[i - 1])} > σ({Show.Number(z[i])}) = {Show.Number(h[i])}",
                    Diagnose(z)(h) ?? "σ must grow with z: 1 / (1 + e^(−z)) does, since e^(−z) shrinks as z grows.", inputs.Seed);
            }
        }

        ExpectVector("σ(z)", z.Select(ReferenceMath.Sigmoid).ToArray(), h, "one value per entry of z", inputs.Seed, diagnose: Diagnose(z));
    }

    [Fact]
    [Points(1)]
    public void Is_symmetric_sigma_of_minus_z_is_one_minus_sigma_of_z()
    {
        var inputs = RandomInputs();
        var z = inputs.Vector(inputs.Size(5, 10), scale: 3);
        var minusZ = z.Select(v => -v).ToArray();
        var h = Call(t => t.Sigmoid(Copy(z)), inputs.Seed);
        var hMinus = Call(t => t.Sigmoid(Copy(minusZ)), inputs.Seed);
        ExpectVector("σ(z)", z.Select(ReferenceMath.Sigmoid).ToArray(), h, "one value per entry of z", inputs.Seed, diagnose: Diagnose(z));
        ExpectVector("σ(−z)", z.Select(v => 1 - ReferenceMath.Sigmoid(v)).ToArray(), hMinus, "one value per entry of z", inputs.Seed, absolute: 1e-12, diagnose: Diagnose(minusZ));
    }

    [Fact]
    [Points(1)]
    public void Returns_one_value_per_entry_of_z()
    {
        var inputs = RandomInputs();
        var z = inputs.Vector(inputs.Size(2, 30));
        var h = Call(t => t.Sigmoid(Copy(z)), inputs.Seed);
        ExpectVector("σ(z)", z.Select(ReferenceMath.Sigmoid).ToArray(), h, $"one value per entry of z ({z.Length})", inputs.Seed, diagnose: Diagnose(z));
    }

    [Fact]
    [Points(1)]
    public void Leaves_z_unchanged()
    {
        var inputs = RandomInputs();
        var z = inputs.Vector(7, scale: 3);
        var before = (double[])z.Clone();
        Call(t => t.Sigmoid(z), inputs.Seed);
        ExpectUnchanged("z", before, z);
    }

    [Fact]
    [Points(1)]
    public void Gives_the_same_values_when_called_again_with_the_same_z()
    {
        var inputs = RandomInputs();
        var zs = Enumerable.Range(0, 3).Select(_ => inputs.Vector(6, scale: 3)).ToList();
        ExpectNoStateKept("σ(z)", [.. zs.Select(z => (Func<ICourseExercises, double[]?>)(t => t.Sigmoid(Copy(z))))],
            [.. zs.Select(z => z.Select(ReferenceMath.Sigmoid).ToArray())], "one value per entry of z", inputs.Seed);
    }

    /// <summary>Names the usual mistakes from what came back for <paramref name="z"/>.</summary>
    private static Func<double[], string?> Diagnose(double[] z) => h =>
    {
        if (h.Length != z.Length)
        {
            return $"Return one value per entry of z: new double[z.Length].";
        }

        for (var i = 0; i < z.Length; i++)
        {
            if (!double.IsFinite(h[i]) && Math.Abs(z[i]) > 700)
            {
                return $"For z = {Show.Number(z[i])}, Math.Exp overflows to ∞ and your formula returned {Show.Number(h[i])} (∞/∞ or ∞·0 is NaN). "
                     + "1 / (1 + Math.Exp(-z)) is safe for any z (1/∞ is 0); if you use Math.Exp(z) / (1 + Math.Exp(z)), use it only for negative z.";
            }
        }

        var flipped = z.Length > 0 && Enumerable.Range(0, z.Length).All(i => Math.Abs(h[i] - (1 - ReferenceMath.Sigmoid(z[i]))) < 1e-9) && z.Any(v => Math.Abs(v) > 1e-6);
        if (flipped)
        {
            return "Your values are 1 − σ(z): check the sign in the exponent. σ(z) = 1 / (1 + e^(−z)), so Math.Exp(-z).";
        }

        return null;
    };
}
