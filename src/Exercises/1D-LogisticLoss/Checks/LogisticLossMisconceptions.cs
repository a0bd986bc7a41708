using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>Exercise 1D's known wrong versions of the mean cross-entropy, each written as the code a student would write.</summary>
internal sealed class LogisticLossMisconceptions : ExerciseMisconceptions
{
    private static readonly (double[] Theta, double[,] X, int[] Y)[] Inputs =
    [
        ProbeInputs.Draw(0x1D00, trials: 7, neurons: 3),
        ProbeInputs.Draw(0x1D01, trials: 7, neurons: 3),
        ProbeInputs.Draw(0x1D02, trials: 9, neurons: 2),
        ProbeInputs.Draw(0x1D01, trials: 7, neurons: 3),
        ProbeInputs.Saturated(),
    ];

    public override Exercise Exercise => Exercise.LogisticLoss;

    public override IReadOnlyList<Misconception> All { get; }

    public LogisticLossMisconceptions() => All =
    [
        Entry("integer division in −(1/n)",
            "In C#, 1 / n with two ints is integer division: for n = 7 trials it is 0, so −(1/n) · Σ[…] is 0 whatever θ is. The tutorial's −(1/n) is a fraction.",
            "Divide in double: -sum / n, or -(1.0 / n) * sum, or (double)sum / n.",
            () => new() { LogisticLossAs = (_, theta, X, y) =>
            {
                var n = y.Length;
                var sum = -ReferenceMath.LogisticLoss(theta, X, y) * n; // Σ [y log h + (1 − y) log(1 − h)]
                return -(1 / n) * sum;
            } },
            // 0 on every unsaturated probe, whichever way the sum itself is written (from h or from z).
            fresh =>
            {
                var track = fresh();
                return Inputs[..3].All(p => track.LogisticLoss(p.Theta, Copy(p.X), p.Y) == 0);
            }),
        Entry("the minus sign left out",
            "Your loss has the right size but is negative: log h and log(1 − h) are never positive, so the tutorial puts a minus sign in front, J = −(1/n) Σ [...], to make the loss a positive quantity to minimise.",
            "Negate the mean: J = -sum / n.",
            () => new() { LogisticLossAs = (_, theta, X, y) => -ReferenceMath.LogisticLoss(theta, X, y) }),
        Entry("the sum over trials instead of the mean",
            "Your loss is n (the number of trials) times too large: J is the mean over trials, −(1/n) Σ [...], so it does not grow when you have more trials.",
            "Divide the sum by the number of trials, y.Length (or X.GetLength(0)).",
            () => new() { LogisticLossAs = (_, theta, X, y) => ReferenceMath.LogisticLoss(theta, X, y) * y.Length }),
        Entry("divided by the number of neurons instead of trials",
            "Your sum is divided by the number of neurons (theta.Length, X.GetLength(1)). J is the mean over trials: divide by the number of trials, the rows of X.",
            "Divide by y.Length or X.GetLength(0).",
            () => new() { LogisticLossAs = (_, theta, X, y) => ReferenceMath.LogisticLoss(theta, X, y) * y.Length / X.GetLength(1) }),
        Entry("log(0) when h saturates",
            "For |z| above about 37, h rounds to exactly 1.0 (or 0.0) in double, so log(1 − h) is log(0) = −∞ and 0 · (−∞) is NaN. Your loss is right elsewhere; it fails only there.",
            "Compute each term from z: −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y·z, with log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)).",
            () => new() { LogisticLossAs = (t, theta, X, y) =>
            {
                var h = t.ComputeH(theta, X);
                var sum = 0.0;
                for (var i = 0; i < y.Length; i++)
                {
                    sum += y[i] * Math.Log(h[i]) + (1 - y[i]) * Math.Log(1 - h[i]);
                }

                return -sum / y.Length;
            } }),
        Entry("h clipped to [10⁻¹⁵, 1 − 10⁻¹⁵] before the logarithm",
            "Clipping h keeps the loss finite, but wrong when h saturates: a trial with z = −800 and y = 1 costs 800 (log(1 + e^800) − 800·0), not the 34.5 the clip allows.",
            "Compute each term from z with the softplus: log(1 + e^z) − y·z, with log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)).",
            () => new() { LogisticLossAs = (t, theta, X, y) =>
            {
                var h = t.ComputeH(theta, X);
                var sum = 0.0;
                for (var i = 0; i < y.Length; i++)
                {
                    var p = Math.Clamp(h[i], 1e-15, 1 - 1e-15);
                    sum += y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
                }

                return -sum / y.Length;
            } }),
        Entry("Math.Log10 instead of the natural logarithm",
            "Your loss is log₁₀(e) ≈ 0.434 times the tutorial's: the cross-entropy uses the natural logarithm, numpy's np.log, which is C#'s Math.Log.",
            "Use Math.Log, not Math.Log10.",
            () => new() { LogisticLossAs = (_, theta, X, y) => ReferenceMath.LogisticLoss(theta, X, y) / Math.Log(10) }),
        Entry("Math.Log2 instead of the natural logarithm",
            "Your loss is log₂(e) ≈ 1.443 times the tutorial's: the cross-entropy uses the natural logarithm, numpy's np.log, which is C#'s Math.Log.",
            "Use Math.Log, not Math.Log2.",
            () => new() { LogisticLossAs = (_, theta, X, y) => ReferenceMath.LogisticLoss(theta, X, y) / Math.Log(2) }),
        Entry("the labels swapped: y log(1 − h) + (1 − y) log h",
            "Your loss charges a trial with y = 1 for log(1 − h) instead of log h: it is the loss of the opposite choices. y log h rewards a high h on trials where the mouse chose 'right' (y = 1).",
            "Pair y with log(h[i]) and (1 − y) with log(1 − h[i]).",
            () => new() { LogisticLossAs = (_, theta, X, y) => ReferenceMath.LogisticLoss(theta, X, [.. y.Select(v => 1 - v)]) }),
        Entry("float instead of double",
            "Your loss agrees with the cross-entropy to about 7 digits only: that is float arithmetic. The course computes in double, as numpy does.",
            "Use double for the sum and Math.Log, not MathF.Log.",
            () => new() { LogisticLossAs = (_, theta, X, y) => (float)ReferenceMath.LogisticLoss(theta, X, y) }, tolerance: 1e-5),
        Entry("the last trial left out (a loop bound off by one)",
            "Your sum stops one trial early, as with i < n − 1, but still divides by n. The mean is over every trial, i = 0 … n − 1.",
            "Let the loop run for (var i = 0; i < y.Length; i++).",
            () => new() { LogisticLossAs = (_, theta, X, y) => ReferenceMath.LogisticLoss(theta, Rows(X, y.Length - 1), y[..^1]) * (y.Length - 1) / y.Length }),
        Entry("a running sum kept in a field and never reset (state kept between calls)",
            "Your loss grows from call to call: the sum lives in a field and each call adds onto what the previous calls left. J must depend only on this call's θ, X and y.",
            "Make the sum a local variable, double sum = 0; inside the method.",
            () =>
            {
                var total = 0.0;
                return new() { LogisticLossAs = (_, theta, X, y) =>
                {
                    total += ReferenceMath.LogisticLoss(theta, X, y) * y.Length;
                    return total / y.Length;
                } };
            }),
        Entry("a loss that does not depend on θ, X or y (hard-coded)",
            "Your loss is the same whatever θ, X and y are: the cross-entropy changes with all three.",
            "Compute J = −(1/n) Σ [y log h + (1 − y) log(1 − h)] from the arguments.",
            () => new() { LogisticLossAs = (_, _, _, _) => Math.Log(2) },
            Recognise.SameWhateverTheInput(
                t => [t.LogisticLoss(Inputs[0].Theta, Copy(Inputs[0].X), Inputs[0].Y)],
                t => [t.LogisticLoss(Inputs[1].Theta, Copy(Inputs[1].X), Inputs[1].Y)],
                t => [t.LogisticLoss(Inputs[2].Theta, Copy(Inputs[2].X), Inputs[2].Y)])),
    ];

    public override void Probe(ICourseExercises track, Fingerprint print) =>
        NumberCalls(print, Inputs, ProbeInputs.Copy, p => track.LogisticLoss(p.Theta, p.X, p.Y), ProbeInputs.Record);

    private static double[,] Rows(double[,] X, int count)
    {
        var rows = new double[count, X.GetLength(1)];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < X.GetLength(1); j++)
            {
                rows[i, j] = X[i, j];
            }
        }

        return rows;
    }
}
