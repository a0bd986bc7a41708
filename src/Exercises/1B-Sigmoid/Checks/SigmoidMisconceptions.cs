using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>Exercise 1B's known wrong versions of σ(z) = 1 / (1 + e^(−z)), each written as the code a student would write.</summary>
internal sealed class SigmoidMisconceptions : ExerciseMisconceptions
{
    private static readonly double[][] Inputs =
    [
        [0.3, -1.2, 2.5, -0.7, 4.1, 0.125, -6, 9, -0.05, 1.75, -3.3],
        [0, 800, -800, 710, -710, 50, -50, 35, -35, 0.5, -2.25],
        [1.5, -3.5, 0.25, 7, -0.125, 2, -2, 0.9, -0.9, 15, -15],
        [0, 800, -800, 710, -710, 50, -50, 35, -35, 0.5, -2.25],
        [-4, -1, 0, 1, 4, 12, -12],
    ];

    public override Exercise Exercise => Exercise.Sigmoid;

    public override IReadOnlyList<Misconception> All { get; }

    public SigmoidMisconceptions() => All =
    [
        Entry("the sign of the exponent flipped: 1 / (1 + e^z)",
            "Your values are 1 − σ(z): they fall as z grows. σ(z) = 1 / (1 + e^(−z)) rises from 0 to 1, so a larger z means a larger probability of choosing 'right'.",
            "Use Math.Exp(-z[i]): the minus sign belongs in the exponent.",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(v => 1 / (1 + Math.Exp(v)))] }),
        Entry("Math.Exp overflowing: e^z / (1 + e^z)",
            "For z above about 709, Math.Exp(z) is ∞ and e^z / (1 + e^z) is ∞/∞ = NaN, although σ(z) is just 1. The tutorial's form 1 / (1 + e^(−z)) is safe there (1/∞ is 0 on the other side).",
            "Use 1 / (1 + Math.Exp(-z[i])); if you keep e^z / (1 + e^z), use it only for negative z.",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(v => Math.Exp(v) / (1 + Math.Exp(v)))] }),
        Entry("missing parentheses: 1 / 1 + e^(−z)",
            "C# divides before it adds, so 1 / 1 + Math.Exp(-z) is 1 + e^(−z), not a probability. σ(z) = 1 / (1 + e^(−z)) needs the denominator in parentheses.",
            "Write 1 / (1 + Math.Exp(-z[i])).",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(v => 1 / 1 + Math.Exp(-v))] }),
        Entry("z clamped to [−30, 30] before e^(−z)",
            "Clamping z keeps Math.Exp from overflowing, but σ(50) is then σ(30): your probabilities stop at about 1 − 10⁻¹³ and 10⁻¹³ instead of reaching 1 and 0. 1 / (1 + Math.Exp(-z)) needs no clamping: it is finite for every z.",
            "Remove the clamp: 1 / (1 + Math.Exp(-z[i])) is already safe for any z.",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(v => ReferenceMath.Sigmoid(Math.Clamp(v, -30, 30)))] }),
        Entry("σ clipped to [10⁻⁷, 1 − 10⁻⁷]",
            "Clipping σ keeps log(h) finite later, but σ itself must be the exact curve: for z = 50, σ is 1 − 2·10⁻²², not 1 − 10⁻⁷. The loss (1D) handles saturation itself.",
            "Return 1 / (1 + Math.Exp(-z[i])) unclipped.",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(v => Math.Clamp(ReferenceMath.Sigmoid(v), 1e-7, 1 - 1e-7))] }),
        Entry("float instead of double",
            "Your σ agree with the curve to about 7 digits only: that is float arithmetic (MathF.Exp, or a float variable). The course computes in double, as numpy does.",
            "Use double and Math.Exp throughout.",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(v => (double)(1f / (1f + MathF.Exp(-(float)v))))] }, tolerance: 1e-5),
        Entry("tanh instead of σ",
            "tanh(z) is S-shaped too, but it runs from −1 to 1 and tanh(0) = 0; σ runs from 0 to 1 with σ(0) = 0.5. They are related by σ(z) = (1 + tanh(z/2)) / 2.",
            "Use 1 / (1 + Math.Exp(-z[i])), or (1 + Math.Tanh(z[i] / 2)) / 2.",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(Math.Tanh)] }),
        Entry("σ written into z (the input overwritten)",
            "Your function writes σ(z[i]) back into z and returns z itself. The caller's z (your 1C's Xθ) is lost, and calling it twice on the same array applies σ twice.",
            "Make a new array for the result: var h = new double[z.Length]; and leave z as it was.",
            () => new() { SigmoidAs = (_, z) =>
            {
                for (var i = 0; i < z.Length; i++)
                {
                    z[i] = 1 / (1 + Math.Exp(-z[i]));
                }

                return z;
            } }),
        Entry("one result array reused for every call (a shared array returned)",
            "Each call's σ is right when it returns, but it is the same array every time: the next call overwrites it, so an h kept from an earlier call changes under the caller.",
            "Return a new array from every call: var h = new double[z.Length];",
            () =>
            {
                double[]? shared = null;
                return new() { SigmoidAs = (_, z) =>
                {
                    if (shared is null || shared.Length != z.Length)
                    {
                        shared = new double[z.Length];
                    }

                    for (var i = 0; i < z.Length; i++)
                    {
                        shared[i] = ReferenceMath.Sigmoid(z[i]);
                    }

                    return shared;
                } };
            }),
        Entry("the first result cached in a static field",
            "Your function returns the σ of its first call whatever z it is given later, as a cache in a static field does.",
            "Compute σ from z on every call; remove the cache.",
            () =>
            {
                double[]? cache = null;
                return new() { SigmoidAs = (_, z) => (cache ??= [.. z.Select(ReferenceMath.Sigmoid)]) };
            }),
        Entry("σ that does not depend on z (hard-coded)",
            "Your values are the same whatever z is: σ(z) changes with z, from near 0 for very negative z to near 1 for very positive z.",
            "Compute 1 / (1 + Math.Exp(-z[i])) for each entry of z.",
            () => new() { SigmoidAs = (_, z) => [.. z.Select(_ => 0.5)] },
            Recognise.SameWhateverTheInput(
                t => t.Sigmoid([0.3, -1.2, 2.5]),
                t => t.Sigmoid([1.5, -3.5, 0.25]),
                t => t.Sigmoid([-4, 4, 0.75]))),
    ];

    public override void Probe(ICourseExercises track, Fingerprint print) =>
        Calls(print, Inputs, z => (double[])z.Clone(), z => track.Sigmoid(z), (p, z) => p.Record(z));
}
