using DecodingChoices.Course;
using DecodingChoices.Models;
using DecodingChoices.Randomness;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// The exercises written plainly and correctly, from <see cref="ReferenceMath"/>: the "others correct" around a
/// planted misconception, and the yardstick a probe compares a student's outputs with.
/// </summary>
internal class CorrectTrack : ICourseExercises
{
    public virtual double[] TransformInputs(double[] theta, double[,] X) => ReferenceMath.TransformInputs(theta, X).Z;

    public virtual double[] Sigmoid(double[] z) => [.. z.Select(ReferenceMath.Sigmoid)];

    public virtual double[] ComputeH(double[] theta, double[,] X) => Sigmoid(TransformInputs(theta, X));

    public virtual double LogisticLoss(double[] theta, double[,] X, int[] y) => ReferenceMath.LogisticLoss(theta, X, y);

    public virtual double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        var h = ComputeH(thetaHat, X);
        var correct = 0;
        for (var i = 0; i < h.Length; i++)
        {
            correct += (h[i] >= 0.5 ? 1 : 0) == y[i] ? 1 : 0;
        }

        return (double)correct / h.Length;
    }

    public virtual double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
    {
        var accuracies = new double[shuffles];
        for (var i = 0; i < shuffles; i++)
        {
            var copy = (int[])y.Clone();
            random.Shuffle(copy);
            accuracies[i] = new LogisticRegression().Fit(X, copy).Score(X, copy);
        }

        return accuracies;
    }
}
