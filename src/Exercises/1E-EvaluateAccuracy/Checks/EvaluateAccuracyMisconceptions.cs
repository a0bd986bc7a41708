using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>Exercise 1E's known wrong versions of the accuracy, each written as the code a student would write.</summary>
internal sealed class EvaluateAccuracyMisconceptions : ExerciseMisconceptions
{
    private static readonly (double[] Theta, double[,] X, int[] Y)[] Inputs =
    [
        ProbeInputs.Draw(0x1E00, trials: 7, neurons: 2),
        Ties(),
        ProbeInputs.Draw(0x1E02, trials: 9, neurons: 3),
        Ties(),
        ProbeInputs.WithTie(0x1E03, trials: 11, neurons: 3, tieRow: 4),
    ];

    public override Exercise Exercise => Exercise.EvaluateAccuracy;

    public override IReadOnlyList<Misconception> All { get; }

    public EvaluateAccuracyMisconceptions() => All =
    [
        Entry("integer division: correct / n in int",
            "With two ints, correct / n is integer division: 4 right out of 7 trials gives 0, not 0.571. Only a perfect score survives it (220/220 is 1), which is why it can pass on the training data.",
            "Divide in double: (double)correct / y.Length.",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) => Count(t, theta, X, y, h => h >= 0.5) / y.Length }),
        Entry("a strict threshold: h > 0.5 (or Math.Round(h), which rounds 0.5 down)",
            "The tutorial predicts ŷ = 1 when h ≥ 0.5. On a trial where h is exactly 0.5 (z = 0) your rule predicts 0: h > 0.5 does, and so does Math.Round(0.5), which rounds to the even number 0.",
            "Use h[i] >= 0.5 ? 1 : 0.",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) => (double)Count(t, theta, X, y, h => h > 0.5) / y.Length }),
        Entry("the predictions inverted (ŷ = 1 when h < 0.5), or the mistakes counted instead of the matches",
            "Your value is 1 − accuracy: the fraction of trials where ŷ differs from y. h is the probability of choosing 'right' (y = 1), so ŷ = 1 when h ≥ 0.5, and the accuracy counts the trials where ŷ == y.",
            "Predict h[i] >= 0.5 ? 1 : 0 and count yHat[i] == y[i].",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) => (double)Count(t, theta, X, y, h => h < 0.5) / y.Length }),
        Entry("no threshold: ŷ = (int)h",
            "Casting a probability to int truncates it: (int)0.93 is 0, so almost every prediction is 0. ŷ comes from a threshold on h.",
            "Predict yHat[i] = h[i] >= 0.5 ? 1 : 0.",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) =>
            {
                var h = t.ComputeH(theta, X);
                return (double)y.Where((v, i) => (int)h[i] == v).Count() / y.Length;
            } }),
        Entry("the threshold on z instead of h: z ≥ 0.5",
            "Your predictions compare z = Xθ with 0.5. The threshold 0.5 belongs to the probability h = σ(z); on z it is z ≥ 0 (σ(0) = 0.5).",
            "Compute h with your ComputeH and predict h[i] >= 0.5.",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) =>
            {
                var z = t.TransformInputs(theta, X);
                return (double)y.Where((v, i) => (z[i] >= 0.5 ? 1 : 0) == v).Count() / y.Length;
            } }),
        Entry("the number of correct trials, not a fraction",
            "Your value is how many trials were predicted right. The accuracy is that count divided by the number of trials: a fraction between 0 and 1.",
            "Return (double)correct / y.Length.",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) => Count(t, theta, X, y, h => h >= 0.5) }),
        Entry("divided by the number of neurons instead of trials",
            "Your count is divided by the number of neurons (thetaHat.Length, X.GetLength(1)). The accuracy is the fraction of trials: divide by the number of trials.",
            "Divide by y.Length or X.GetLength(0).",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) => (double)Count(t, theta, X, y, h => h >= 0.5) / X.GetLength(1) }),
        Entry("float instead of double",
            "Your accuracy agrees with the fraction to about 7 digits only: (float)correct / n is float arithmetic. The course computes in double.",
            "Divide in double: (double)correct / y.Length.",
            () => new() { EvaluateAccuracyAs = (t, theta, X, y) => (float)Count(t, theta, X, y, h => h >= 0.5) / y.Length }, tolerance: 1e-5),
        Entry("a count kept in a field and never reset (state kept between calls)",
            "Your accuracy grows from call to call: the count of correct trials lives in a field and each call adds onto it. The accuracy must depend only on this call's θ̂, X and y.",
            "Make the count a local variable, var correct = 0; inside the method.",
            () =>
            {
                var correct = 0;
                return new() { EvaluateAccuracyAs = (t, theta, X, y) =>
                {
                    correct += Count(t, theta, X, y, h => h >= 0.5);
                    return (double)correct / y.Length;
                } };
            }),
        Entry("an accuracy that does not depend on θ̂, X or y (hard-coded)",
            "Your accuracy is the same whatever θ̂, X and y are: the fraction of trials predicted right changes with all three.",
            "Predict each trial from h = σ(Xθ̂), count the matches with y, and divide by the number of trials.",
            () => new() { EvaluateAccuracyAs = (_, _, _, _) => 1.0 },
            Recognise.SameWhateverTheInput(
                t => [t.EvaluateAccuracy(Inputs[0].Theta, Copy(Inputs[0].X), Inputs[0].Y)],
                t => [t.EvaluateAccuracy(Inputs[1].Theta, Copy(Inputs[1].X), Inputs[1].Y)],
                t => [t.EvaluateAccuracy(Inputs[2].Theta, Copy(Inputs[2].X), Inputs[2].Y)])),
    ];

    public override void Probe(ICourseExercises track, Fingerprint print) =>
        NumberCalls(print, Inputs, ProbeInputs.Copy, p => track.EvaluateAccuracy(p.Theta, p.X, p.Y), ProbeInputs.Record);

    /// <summary>7 trials, two of them ties (h exactly 0.5, both y = 1): h ≥ 0.5 gets 5 of 7 right, h &gt; 0.5 gets 3.</summary>
    private static (double[] Theta, double[,] X, int[] Y) Ties()
    {
        double[,] X = { { 1, 0 }, { 0, 0 }, { -1, 0.5 }, { 0, 0 }, { 2, -1 }, { -2, 1 }, { 0.5, 0.5 } };
        return ([1, 0.5], X, [1, 1, 1, 1, 0, 0, 1]);
    }

    private static int Count(ICourseExercises track, double[] theta, double[,] X, int[] y, Func<double, bool> predictsRight)
    {
        var h = track.ComputeH(theta, X);
        var correct = 0;
        for (var i = 0; i < y.Length; i++)
        {
            correct += (predictsRight(h[i]) ? 1 : 0) == y[i] ? 1 : 0;
        }

        return correct;
    }
}
