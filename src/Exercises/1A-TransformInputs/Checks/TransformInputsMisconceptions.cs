using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>Exercise 1A's known wrong versions of z = Xθ, each written as the code a student would write.</summary>
internal sealed class TransformInputsMisconceptions : ExerciseMisconceptions
{
    private static readonly (double[] Theta, double[,] X, int[] Y)[] Inputs =
    [
        ProbeInputs.Draw(0x1A00, trials: 7, neurons: 3),
        ProbeInputs.Draw(0x1A01, trials: 7, neurons: 3),
        ProbeInputs.Draw(0x1A02, trials: 7, neurons: 3),
        ProbeInputs.Draw(0x1A01, trials: 7, neurons: 3),
        ProbeInputs.Draw(0x1A03, trials: 5, neurons: 4),
    ];

    public override Exercise Exercise => Exercise.TransformInputs;

    public override IReadOnlyList<Misconception> All { get; }

    public TransformInputsMisconceptions() => All =
    [
        Entry("z with one value per neuron (the axes of X swapped)",
            "z must have one value per trial: trial i's z is the dot product of row i of X (its neurons' spike counts) with θ. Your z has one value per neuron, as if the loops ran down the columns of X.",
            "Loop over trials i (rows, X.GetLength(0)) outside and over neurons j (columns, X.GetLength(1)) inside: z[i] += X[i, j] * theta[j].",
            () => new() { TransformInputsAs = (_, theta, X) =>
            {
                var z = new double[X.GetLength(1)];
                for (var j = 0; j < X.GetLength(1); j++)
                {
                    for (var i = 0; i < X.GetLength(0); i++)
                    {
                        z[j] += X[i, j] * theta[j];
                    }
                }

                return z;
            } }),
        Entry("the last neuron left out (the inner loop bound off by one)",
            "Each z sums over every neuron, j = 0 … neurons − 1. Your sums stop one neuron early, as with j < X.GetLength(1) − 1.",
            "Let the inner loop run for (var j = 0; j < X.GetLength(1); j++): < and the length, not − 1.",
            () => new() { TransformInputsAs = (_, theta, X) => Loop(theta, X, lastTrial: 0, firstNeuron: 0, lastNeuron: 1) }),
        Entry("the last trial left out (the outer loop bound off by one)",
            "z needs a value for every trial, i = 0 … trials − 1. Your last z is 0, as if the loop over trials stopped one early.",
            "Let the outer loop run for (var i = 0; i < X.GetLength(0); i++).",
            () => new() { TransformInputsAs = (_, theta, X) => Loop(theta, X, lastTrial: 1, firstNeuron: 0, lastNeuron: 0) }),
        Entry("the first neuron skipped (a loop starting at 1)",
            "C# arrays start at index 0: neuron 0 is the first column of X. Your sums leave it out, as a loop starting at j = 1 does.",
            "Start the inner loop at j = 0.",
            () => new() { TransformInputsAs = (_, theta, X) => Loop(theta, X, lastTrial: 0, firstNeuron: 1, lastNeuron: 0) }),
        Entry("the sum kept in an int",
            "z is a real number. Adding doubles into an int with += compiles in C#, but each addition is truncated toward zero, so z loses its fractions.",
            "Declare the running sum as double: double sum = 0;",
            () => new() { TransformInputsAs = (_, theta, X) =>
            {
                var z = new double[X.GetLength(0)];
                for (var i = 0; i < X.GetLength(0); i++)
                {
                    var sum = 0;
                    for (var j = 0; j < X.GetLength(1); j++)
                    {
                        sum = (int)(sum + X[i, j] * theta[j]); // what sum += X[i, j] * theta[j] does when sum is an int
                    }

                    z[i] = sum;
                }

                return z;
            } }),
        Entry("float instead of double",
            "Your z agree with Xθ to about 7 digits only: that is float arithmetic. The course computes in double (15–16 digits), as numpy does.",
            "Use double for the sum and the array, not float (and MathF).",
            () => new() { TransformInputsAs = (_, theta, X) =>
            {
                var z = new double[X.GetLength(0)];
                for (var i = 0; i < X.GetLength(0); i++)
                {
                    var sum = 0f;
                    for (var j = 0; j < X.GetLength(1); j++)
                    {
                        sum += (float)X[i, j] * (float)theta[j];
                    }

                    z[i] = sum;
                }

                return z;
            } }, tolerance: 1e-5),
        Entry("z with the wrong sign (−Xθ)",
            "Your z are −Xθ. In the tutorial z = Xθ: a positive weight makes a neuron's spikes push z, and with it the probability of choosing 'right', up.",
            "z[i] = Σ_j X[i, j] * theta[j], with no minus sign.",
            () => new() { TransformInputsAs = (_, theta, X) => [.. ReferenceMath.TransformInputs(theta, X).Z.Select(v => -v)] }),
        Entry("X overwritten while computing z (an input mutated)",
            "Your code writes X[i, j] * θ[j] back into X. The caller's X is the neurons' spike counts: after your call they are gone, and the next call on the same X gets another answer.",
            "Keep the product in a local: z[i] += X[i, j] * theta[j]; never assign to X.",
            () => new() { TransformInputsAs = (_, theta, X) =>
            {
                var z = new double[X.GetLength(0)];
                for (var i = 0; i < X.GetLength(0); i++)
                {
                    for (var j = 0; j < X.GetLength(1); j++)
                    {
                        X[i, j] *= theta[j];
                        z[i] += X[i, j];
                    }
                }

                return z;
            } }),
        Entry("z summed into a field that is never reset (state kept between calls)",
            "Your z keeps growing: each call adds Xθ onto what the previous call left in a field. z must depend only on this call's θ and X.",
            "Make z a local: var z = new double[X.GetLength(0)]; inside the method, so every call starts from zeros.",
            () =>
            {
                double[]? kept = null;
                return new() { TransformInputsAs = (_, theta, X) =>
                {
                    if (kept is null || kept.Length != X.GetLength(0))
                    {
                        kept = new double[X.GetLength(0)];
                    }

                    for (var i = 0; i < X.GetLength(0); i++)
                    {
                        for (var j = 0; j < X.GetLength(1); j++)
                        {
                            kept[i] += X[i, j] * theta[j];
                        }
                    }

                    return kept;
                } };
            }),
        Entry("one z array reused for every call (a shared array returned)",
            "Each call's z is right when it returns, but it is the same array every time: the next call overwrites it, and whoever kept the first z (your 1C, the fit) sees it change.",
            "Return a new array from every call: var z = new double[X.GetLength(0)];",
            () =>
            {
                double[]? shared = null;
                return new() { TransformInputsAs = (_, theta, X) =>
                {
                    if (shared is null || shared.Length != X.GetLength(0))
                    {
                        shared = new double[X.GetLength(0)];
                    }

                    ReferenceMath.TransformInputs(theta, X).Z.CopyTo(shared, 0);
                    return shared;
                } };
            }),
        Entry("the first z cached in a static field",
            "Your function returns the z of its first call whatever θ and X it is given later, as a cache in a static field does.",
            "Compute z from the arguments on every call; remove the cache.",
            () =>
            {
                double[]? cache = null;
                return new() { TransformInputsAs = (_, theta, X) => (cache ??= ReferenceMath.TransformInputs(theta, X).Z) };
            }),
        Entry("z that does not depend on θ or X (hard-coded)",
            "Your z is the same whatever θ and X are: it cannot be Xθ, which changes with both.",
            "Compute z[i] = Σ_j X[i, j] * theta[j] from the arguments.",
            () => new() { TransformInputsAs = (_, _, X) => new double[X.GetLength(0)] },
            Recognise.SameWhateverTheInput(
                t => t.TransformInputs(Inputs[1].Theta, Copy(Inputs[1].X)),
                t => t.TransformInputs(Inputs[2].Theta, Copy(Inputs[2].X)),
                t => t.TransformInputs(Inputs[0].Theta, Copy(Inputs[0].X)))),
    ];

    public override void Probe(ICourseExercises track, Fingerprint print) =>
        Calls(print, Inputs, ProbeInputs.Copy, p => track.TransformInputs(p.Theta, p.X), ProbeInputs.Record);

    private static double[] Loop(double[] theta, double[,] X, int lastTrial, int firstNeuron, int lastNeuron)
    {
        var z = new double[X.GetLength(0)];
        for (var i = 0; i < X.GetLength(0) - lastTrial; i++)
        {
            for (var j = firstNeuron; j < X.GetLength(1) - lastNeuron; j++)
            {
                z[i] += X[i, j] * theta[j];
            }
        }

        return z;
    }
}
