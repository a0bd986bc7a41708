using DecodingChoices.Randomness;

namespace DecodingChoices.Autograder;

/// <summary>Random inputs for a check, all drawn from one seed that the failure message prints.</summary>
public sealed class RandomInputs(ulong seed)
{
    private readonly SeededRandom _random = new(seed);

    public ulong Seed => seed;

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Size(int min, int max) => min + _random.NextInt(max - min + 1);

    /// <summary>A matrix of standard normal values, rounded to 3 decimals so they print readably.</summary>
    public double[,] Matrix(int rows, int columns, double scale = 1.0)
    {
        var matrix = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                matrix[i, j] = Math.Round(scale * _random.NextNormal(), 3);
            }
        }

        return matrix;
    }

    /// <summary>A vector of normal values with standard deviation <paramref name="scale"/>, rounded to 3 decimals.</summary>
    public double[] Vector(int length, double scale = 1.0)
    {
        var vector = new double[length];
        for (var i = 0; i < length; i++)
        {
            vector[i] = Math.Round(scale * _random.NextNormal(), 3);
        }

        return vector;
    }

    /// <summary>Labels, 0 or 1, with both present when <paramref name="length"/> ≥ 2.</summary>
    public int[] Labels(int length)
    {
        var labels = new int[length];
        for (var i = 0; i < length; i++)
        {
            labels[i] = _random.NextDouble() < 0.5 ? 1 : 0;
        }

        if (length >= 2)
        {
            labels[0] = 0;
            labels[^1] = 1;
        }

        return labels;
    }
}
