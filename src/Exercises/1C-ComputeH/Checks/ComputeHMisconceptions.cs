using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>Exercise 1C's known wrong versions of h = σ(Xθ), each written as the code a student would write.</summary>
internal sealed class ComputeHMisconceptions : ExerciseMisconceptions
{
    private static readonly (double[] Theta, double[,] X, int[] Y)[] Inputs =
    [
        ProbeInputs.Draw(0x1C00, trials: 7, neurons: 3),
        ProbeInputs.WithTie(0x1C01, trials: 7, neurons: 3, tieRow: 2),
        ProbeInputs.Draw(0x1C02, trials: 7, neurons: 3, thetaScale: 2),
        ProbeInputs.WithTie(0x1C01, trials: 7, neurons: 3, tieRow: 2),
        ProbeInputs.Saturated(),
    ];

    public override Exercise Exercise => Exercise.ComputeH;

    public override IReadOnlyList<Misconception> All { get; }

    public ComputeHMisconceptions() => All =
    [
        Entry("h from z without σ",
            "Your h equals z = Xθ. In the tutorial h = σ(Xθ): z can be any number, and σ turns it into a probability between 0 and 1 of choosing 'right'.",
            "Pass z through your Sigmoid: return Sigmoid(TransformInputs(theta, X));",
            () => new() { ComputeHAs = (t, theta, X) => t.TransformInputs(theta, X) }),
        Entry("σ applied twice",
            "Your h is σ(σ(Xθ)): every value lies between σ(0) = 0.5 and σ(1) ≈ 0.73. σ is applied once, to z = Xθ.",
            "h = Sigmoid(TransformInputs(theta, X)), with one Sigmoid.",
            () => new() { ComputeHAs = (t, theta, X) => t.Sigmoid(t.Sigmoid(t.TransformInputs(theta, X))) }),
        Entry("h = σ(−Xθ) (a sign error)",
            "Your h is 1 − σ(Xθ): the probability of choosing 'left', not 'right'. The tutorial's model is h = σ(Xθ).",
            "Drop the minus sign: Sigmoid(TransformInputs(theta, X)).",
            () => new() { ComputeHAs = (t, theta, X) => t.Sigmoid([.. t.TransformInputs(theta, X).Select(v => -v)]) }),
        Entry("h rounded to 0 or 1 (predictions instead of probabilities)",
            "Your h are 0s and 1s: those are the predicted choices ŷ of 1E. h is the model's probability of 'right', σ(Xθ), before any threshold.",
            "Return σ(Xθ) itself; the threshold h ≥ 0.5 belongs in EvaluateAccuracy.",
            () => new() { ComputeHAs = (t, theta, X) => [.. t.Sigmoid(t.TransformInputs(theta, X)).Select(v => v >= 0.5 ? 1.0 : 0.0)] }),
        Entry("float instead of double",
            "Your h agree with σ(Xθ) to about 7 digits only: that is float arithmetic. The course computes in double, as numpy does.",
            "Use double throughout.",
            () => new() { ComputeHAs = (t, theta, X) => [.. t.Sigmoid(t.TransformInputs(theta, X)).Select(v => (double)(float)v)] }, tolerance: 1e-5),
        Entry("one h array reused for every call (a shared array returned)",
            "Each call's h is right when it returns, but it is the same array every time: the next call overwrites it, and an h kept from an earlier call changes.",
            "Return a new array from every call.",
            () =>
            {
                double[]? shared = null;
                return new() { ComputeHAs = (t, theta, X) =>
                {
                    var h = t.Sigmoid(t.TransformInputs(theta, X));
                    if (shared is null || shared.Length != h.Length)
                    {
                        shared = new double[h.Length];
                    }

                    h.CopyTo(shared, 0);
                    return shared;
                } };
            }),
        Entry("the first h cached in a static field",
            "Your function returns the h of its first call whatever θ and X it is given later, as a cache in a static field does.",
            "Compute h from the arguments on every call; remove the cache.",
            () =>
            {
                double[]? cache = null;
                return new() { ComputeHAs = (t, theta, X) => (cache ??= t.Sigmoid(t.TransformInputs(theta, X))) };
            }),
        Entry("h that does not depend on θ or X (hard-coded)",
            "Your h is the same whatever θ and X are: it cannot be σ(Xθ).",
            "Return Sigmoid(TransformInputs(theta, X)).",
            () => new() { ComputeHAs = (_, _, X) => Enumerable.Repeat(0.5, X.GetLength(0)).ToArray() },
            Recognise.SameWhateverTheInput(
                t => t.ComputeH(Inputs[0].Theta, Copy(Inputs[0].X)),
                t => t.ComputeH(Inputs[2].Theta, Copy(Inputs[2].X)),
                t => t.ComputeH(Inputs[1].Theta, Copy(Inputs[1].X)))),
    ];

    public override void Probe(ICourseExercises track, Fingerprint print) =>
        Calls(print, Inputs, ProbeInputs.Copy, p => track.ComputeH(p.Theta, p.X), ProbeInputs.Record);
}
