namespace DecodingChoices.Course;

// The catalog of exercises, read from src/Exercises/*/exercise.json.
public sealed partial record Exercise
{
    private static readonly Exercise[] Catalog =
    [
        new("1A", "TransformInputs", "Compute z = Xθ")
        {
            Task = 1,
            Points = 10,
            Files = ["TransformInputs.cs"],
            Stub = new([], ["X.GetLength(0) is the number of trials (rows), X.GetLength(1) the number of neurons (columns).", "z needs one entry per trial: z[i] = X[i, 0] * theta[0] + X[i, 1] * theta[1] + ..."], "return z with one entry per trial, z[i] = sum over neurons j of X[i, j] * theta[j]."),
        },
        new("1B", "Sigmoid", "The sigmoid σ(z)")
        {
            Task = 2,
            Points = 10,
            Files = ["Sigmoid.cs"],
            Stub = new([], ["Return a new array the length of z with sigma(z[i]) = 1 / (1 + e^(-z[i])) in each entry (Math.Exp is e^x)."], "return sigma(z[i]) = 1 / (1 + Math.Exp(-z[i])) for every entry of z."),
        },
        new("1C", "ComputeH", "Compute h = σ(Xθ)")
        {
            Task = 3,
            Points = 10,
            Files = ["ComputeH.cs"],
            Stub = new([], ["Call the functions you wrote in 1A and 1B."], "return h = Sigmoid(TransformInputs(theta, X)), built from your 1A and 1B."),
        },
        new("1D", "LogisticLoss", "The cost function")
        {
            Task = 4,
            Points = 10,
            Files = ["LogisticLoss.cs"],
            Stub = new([], ["Computes the cost function for all the training samples:", "J = -(1/n) * sum over trials i of [ y[i] * log(h[i]) + (1 - y[i]) * log(1 - h[i]) ]"], "return the mean cross-entropy -(1/n) * sum of [y log h + (1 - y) log(1 - h)], with h from your 1C."),
        },
        new("1E", "EvaluateAccuracy", "Seeing the results: accuracy")
        {
            Task = 5,
            Points = 10,
            Files = ["EvaluateAccuracy.cs"],
            Stub = new([], ["Get h, predict yHat[i] = 1 when h[i] >= 0.5 (else 0), and count the trials where yHat[i] == y[i]."], "return the fraction of trials where the prediction (1 when h >= 0.5, else 0) equals y."),
        },
        new("2A", "ShuffledAccuracies", "Assessing accuracy: the shuffle test")
        {
            Task = 6,
            Points = 10,
            Files = ["ShuffledAccuracies.cs"],
            Stub = new(["DecodingChoices.Models", "DecodingChoices.Randomness"], ["var accuracies = new double[shuffles];", "for each shuffle: copy y, random.Shuffle(copy), var model = new LogisticRegression(); model.Fit(X, copy);", "accuracies[i] = model.Score(X, copy);"], "for each shuffle, fit a LogisticRegression to a shuffled copy of y and record its Score on that copy."),
        },
    ];
}
