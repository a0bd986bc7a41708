using DecodingChoices.Course;

namespace DecodingChoices.Runner.Hints;

/// <summary>
/// Progressive hints for each exercise: the first nudges, the last nearly gives the step away. The
/// <c>hint</c> command shows them one at a time (see <see cref="HintLedger"/>).
/// </summary>
public static class HintCatalog
{
    /// <summary>The id of the interpretation questions, which have hints but no code.</summary>
    public const string InterpretationId = "2B";

    private static readonly Dictionary<string, string[]> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1A"] =
        [
            "θ has one weight per neuron, so its length is X.GetLength(1), the number of columns; z has one value per trial, X.GetLength(0). Start with: var z = new double[X.GetLength(0)];",
            "z_i is a dot product: row i of X times θ. That is two nested loops, over the trials i and, inside, over the neurons j.",
            "Inside, add X[i, j] * theta[j] to a sum that starts at 0 for each trial; after the inner loop, store the sum in z[i].",
            "If the autograder says z has 691 values instead of one per trial, your outer loop runs over the neurons: swap the loops.",
        ],
        ["1B"] =
        [
            "σ(z) = 1 / (1 + e^(−z)) for each entry: a new array of the same length and one loop. Math.Exp(x) is e^x.",
            "Check two facts by hand: σ(0) = 0.5 exactly, and σ(−z) = 1 − σ(z).",
            "For large |z| one form or another breaks: e^(−z) overflows to ∞ for z below about −709 (1 / (1 + ∞) = 0 is fine), but e^z / (1 + e^z) gives ∞ / ∞ = NaN for large positive z. Choose the form by the sign of z.",
            "Stable for every z: when z ≥ 0 use 1 / (1 + Math.Exp(−z)); when z < 0 use e / (1 + e) with e = Math.Exp(z). Neither overflows.",
        ],
        ["1C"] =
        [
            "You have written both pieces already: h = σ(Xθ) is your Sigmoid applied to your TransformInputs.",
            "One line: return Sigmoid(TransformInputs(theta, X)); — when 1A and 1B pass their checks, so does this.",
            "If 1C fails while 1A and 1B pass, check the order of the arguments: TransformInputs(theta, X).",
        ],
        ["1D"] =
        [
            "J(θ) = −(1/n) Σ_i [y_i log h_i + (1 − y_i) log(1 − h_i)], with h = σ(Xθ) from 1C: a sum over the trials, then divided by n.",
            "Two common slips: the minus sign (log h ≤ 0, so without it J is negative) and the mean (divide by the number of trials, as a double).",
            "When h rounds to exactly 0 or 1, log(0) = −∞ and J becomes ∞ or NaN. Work from z = Xθ instead of h: −[y log σ(z) + (1 − y) log(1 − σ(z))] = log(1 + e^z) − y·z.",
            "log(1 + e^z) overflows for large z; write it as max(z, 0) + log(1 + e^(−|z|)). double.LogP1(x) computes log(1 + x) accurately for small x.",
        ],
        ["1E"] =
        [
            "Get h from your ComputeH(thetaHat, X), then turn each h_i into a predicted choice: 1 when h_i ≥ 0.5, otherwise 0.",
            "Count the trials where the predicted choice equals y_i and divide by the number of trials, as a double: (double)correct / n (integer division gives 0).",
            "≥, not >: a trial with h exactly 0.5 is predicted as 1.",
        ],
        ["2A"] =
        [
            "One loop over the shuffles. In each: copy y, shuffle the copy, fit a new LogisticRegression to X and the copy, and store model.Score(X, copy) in accuracies[i].",
            "Copy with (int[])y.Clone(). Shuffling y itself changes the real choices for every later shuffle, and the runner and autograder notice.",
            "Use the random you are given: random.Shuffle(copy). A new SeededRandom or System.Random inside would make the run impossible to repeat from its seed.",
            "Score on the shuffled copy, the labels the model was fitted to: the tutorial's model.score(X, y_shuffled) is the training accuracy on shuffled choices.",
        ],
        [InterpretationId] =
        [
            "Look at out/2A_shuffle_histogram.png: where are the shuffled accuracies compared with the red line? What does it mean when a model fits random choices as well as real ones?",
            "Count the model's weights and the training trials (the shapes the walkthrough prints). With more weights than trials, what can a linear model always do to the training trials?",
            "Chance is what the same procedure scores when the choices carry no information. What is that for a training accuracy here? The walkthrough's cross-validated permutation test shows the held-out version.",
        ],
    };

    /// <summary>The ids that have hints, in the tutorial's order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Exercise.All.Select(e => e.Id), InterpretationId];

    /// <summary>The hints for <paramref name="id"/> (1A … 2A, or 2B), first to last.</summary>
    /// <exception cref="Output.RunnerException">No such exercise.</exception>
    public static IReadOnlyList<string> For(string id) =>
        Hints.TryGetValue(id, out var hints)
            ? hints
            : throw new Output.RunnerException($"there is no exercise '{id}': give one of {string.Join(", ", Ids)}.");

    /// <summary>The canonical id ("1b" → "1B").</summary>
    public static string Normalize(string id) => Ids.FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase)) ?? id;
}
