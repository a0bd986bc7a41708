namespace DecodingChoices.Toolkit.Tests;

/// <summary>Small matrix helpers for tests.</summary>
internal static class Matrices
{
    /// <summary>The top-left <paramref name="rows"/> × <paramref name="columns"/> block of <paramref name="X"/>, copied.</summary>
    public static double[,] Slice(double[,] X, int rows, int columns)
    {
        var slice = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                slice[i, j] = X[i, j];
            }
        }

        return slice;
    }
}
