using System.Numerics.Tensors;
using DecodingChoices.Optimization;
using DecodingChoices.Randomness;

namespace DecodingChoices.Toolkit.Tests.Optimization;

/// <summary>Classic test functions with known minima, written allocation-free.</summary>
internal static class TestFunctions
{
    /// <summary>
    /// The n-dimensional Rosenbrock function Σᵢ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², minimum 0 at (1, …, 1): a curved,
    /// narrow valley that defeats steepest descent.
    /// </summary>
    public static double Rosenbrock(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var value = 0.0;
        for (var i = 0; i < x.Length - 1; i++)
        {
            var valley = x[i + 1] - x[i] * x[i];
            var offset = 1 - x[i];
            value += 100 * valley * valley + offset * offset;
            gradient[i] += -400 * x[i] * valley - 2 * offset;
            gradient[i + 1] += 200 * valley;
        }

        return value;
    }

    /// <summary>The Rosenbrock function's value only, for finite-difference mode.</summary>
    public static double RosenbrockValue(double[] x) => Rosenbrock(x, new double[x.Length]);
}

/// <summary>
/// f(x) = ½ (x − x*)ᵀ A (x − x*) with A = Q·diag(λ)·Qᵀ for a random rotation Q: minimum 0 at x*, condition
/// number κ = λmax / λmin.
/// </summary>
internal sealed class Quadratic
{
    private readonly double[] _matrix;
    private readonly double[] _difference;

    public Quadratic(int dimension, double conditionNumber, ulong seed)
    {
        Seed = seed;
        Dimension = dimension;
        var random = new SeededRandom(seed);
        var rotation = RandomRotation(dimension, random);
        _matrix = new double[dimension * dimension];
        for (var k = 0; k < dimension; k++)
        {
            // Eigenvalues spread evenly on a log scale from 1 to κ.
            var eigenvalue = Math.Pow(conditionNumber, dimension == 1 ? 0 : (double)k / (dimension - 1));
            for (var i = 0; i < dimension; i++)
            {
                for (var j = 0; j < dimension; j++)
                {
                    _matrix[i * dimension + j] += eigenvalue * rotation[k][i] * rotation[k][j];
                }
            }
        }

        Solution = new double[dimension];
        for (var i = 0; i < dimension; i++)
        {
            Solution[i] = 2 * random.NextDouble() - 1;
        }

        _difference = new double[dimension];
    }

    public ulong Seed { get; }

    public int Dimension { get; }

    /// <summary>x*, the exact minimizer.</summary>
    public double[] Solution { get; }

    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient) => Evaluate(x, gradient, _difference);

    /// <summary>
    /// The value alone, with scratch of its own: finite differences evaluate several points at once
    /// (<c>Parallel.For</c>), and a shared scratch buffer would let one thread's x − x* overwrite another's,
    /// so the minimizer's path, and whether it gets within tolerance, would depend on thread timing.
    /// </summary>
    public double Value(double[] x) => Evaluate(x, new double[Dimension], new double[Dimension]);

    private double Evaluate(ReadOnlySpan<double> x, Span<double> gradient, Span<double> difference)
    {
        TensorPrimitives.Subtract(x, Solution, difference);
        for (var i = 0; i < Dimension; i++)
        {
            gradient[i] = TensorPrimitives.Dot<double>(_matrix.AsSpan(i * Dimension, Dimension), difference);
        }

        return 0.5 * TensorPrimitives.Dot<double>(difference, gradient);
    }

    /// <summary>Orthonormal rows from Gram–Schmidt on Gaussian vectors.</summary>
    private static double[][] RandomRotation(int dimension, SeededRandom random)
    {
        var rows = new double[dimension][];
        for (var k = 0; k < dimension; k++)
        {
            var row = new double[dimension];
            for (var i = 0; i < dimension; i++)
            {
                row[i] = random.NextNormal();
            }

            for (var previous = 0; previous < k; previous++)
            {
                var projection = TensorPrimitives.Dot<double>(row, rows[previous]);
                TensorPrimitives.MultiplyAdd(rows[previous], -projection, row, row);
            }

            TensorPrimitives.Divide(row, TensorPrimitives.Norm<double>(row), row);
            rows[k] = row;
        }

        return rows;
    }
}
