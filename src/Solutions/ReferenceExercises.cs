using System.Buffers;
using DecodingChoices.Course;
using DecodingChoices.Inference;
using DecodingChoices.Models;
using DecodingChoices.Numerics;
using DecodingChoices.Randomness;


namespace DecodingChoices.Solutions;

/// <summary>
/// The reference track: the instructor's answers to Exercise 1, built on the SIMD kernels in
/// <see cref="LogisticKernels"/>. Same contract, same results as a student's plain loops, only faster.
/// </summary>
public sealed class ReferenceExercises : ICourseExercises
{
    /// <inheritdoc />
    public double[] TransformInputs(double[] theta, double[,] X)
    {
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(X);
        var z = new double[X.GetLength(0)];
        LogisticKernels.MultiplyMatrixVector(X.AsReadOnlySpan(), theta, z);
        return z;
    }

    /// <inheritdoc />
    public double[] Sigmoid(double[] z)
    {
        ArgumentNullException.ThrowIfNull(z);
        var h = new double[z.Length];
        LogisticKernels.Sigmoid(z, h);
        return h;
    }

    /// <inheritdoc />
    public double[] ComputeH(double[] theta, double[,] X)
    {
        var h = TransformInputs(theta, X);
        LogisticKernels.Sigmoid(h, h);
        return h;
    }

    /// <inheritdoc />
    public double LogisticLoss(double[] theta, double[,] X, int[] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var z = TransformInputs(theta, X);
        var scratch = ArrayPool<double>.Shared.Rent(z.Length);
        try
        {
            return LogisticKernels.SumCrossEntropyFromLogits(z, y, scratch) / z.Length;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <inheritdoc />
    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var h = ComputeH(thetaHat, X);
        return (double)LogisticKernels.CountCorrect(h, y) / h.Length;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The shuffles are drawn in order from <paramref name="random"/> (each from a fresh copy of y), then fitted by the
    /// toolkit's one shuffle-test implementation (<see cref="ShuffleTest"/>): in parallel, on one design for all of
    /// them — X's row-space factorization, made once and found again by content on the next call (see <see cref="LogisticDesign"/>).
    /// </remarks>
    public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(shuffles);
        var labels = new int[shuffles][];
        for (var i = 0; i < shuffles; i++)
        {
            labels[i] = (int[])y.Clone();
            random.Shuffle(labels[i].AsSpan());
        }

        return ShuffleTest.Accuracies(X, labels, new ResamplingOptions { Count = shuffles });
    }
}
