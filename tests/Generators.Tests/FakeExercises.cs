using DecodingChoices.Course;

namespace DecodingChoices.Generators.Tests;

/// <summary>An <see cref="ICourseExercises"/> that returns whatever array the test gives it and counts the calls.</summary>
internal sealed class FakeExercises(double[] returns) : ICourseExercises
{
    public int Calls { get; private set; }

    public double[] TransformInputs(double[] theta, double[,] X) => Return();

    public double[] Sigmoid(double[] z) => Return();

    public double[] ComputeH(double[] theta, double[,] X) => Return();

    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        Calls++;
        return 0.5;
    }

    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        Calls++;
        return 0.5;
    }

    public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, Randomness.SeededRandom random) => Return();

    private double[] Return()
    {
        Calls++;
        return returns;
    }
}
