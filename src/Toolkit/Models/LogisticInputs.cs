using System.Numerics.Tensors;
using DecodingChoices.Numerics;

namespace DecodingChoices.Models;

/// <summary>The checks a logistic-regression fit makes on its inputs, with messages that name the problem.</summary>
internal static class LogisticInputs
{
    public static void Validate(double[,] X, int[] y, bool unpenalized, bool fitIntercept)
    {
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(y);
        var rows = X.GetLength(0);
        var columns = X.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException($"X has shape ({rows}, {columns}): a fit needs at least one trial and one neuron.", nameof(X));
        }

        if (y.Length != rows)
        {
            throw new ArgumentException($"X has {rows} trials (shape ({rows}, {columns})) but y has {y.Length} labels: there must be one label per trial.", nameof(y));
        }

        // One SIMD sum says whether every value is finite (NaN and ±∞ propagate); only when it is not (or the
        // sum overflowed) are the values scanned to name the first bad one.
        if (!double.IsFinite(TensorPrimitives.Sum(X.AsReadOnlySpan())))
        {
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    if (!double.IsFinite(X[i, j]))
                    {
                        throw new ArgumentException($"X[{i}, {j}] is {X[i, j]}: every input must be a finite number.", nameof(X));
                    }
                }
            }
        }

        ValidateLabels(y, rows);

        // Without a penalty a constant column and the intercept pull the same way, so their split is undetermined.
        // (An all-zero column is harmless: its gradient is always 0 and its weight stays 0.)
        if (unpenalized && fitIntercept)
        {
            for (var j = 0; j < columns; j++)
            {
                var constant = true;
                for (var i = 1; i < rows && constant; i++)
                {
                    constant = X[i, j] == X[0, j];
                }

                if (constant && rows > 1 && X[0, j] != 0)
                {
                    throw new ArgumentException(
                        $"Column {j} of X is constant ({X[0, j]} on every trial): without a penalty its weight cannot be told apart from the intercept. Drop the column or use Penalty.L2.",
                        nameof(X));
                }
            }
        }
    }

    public static void ValidateLabels(int[] y, int rows, bool requireBothClasses = true)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (y.Length != rows)
        {
            throw new ArgumentException($"y has {y.Length} labels but the data has {rows} trials: there must be one label per trial.", nameof(y));
        }

        var ones = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (y[i] is not (0 or 1))
            {
                throw new ArgumentException($"y[{i}] is {y[i]}: labels must be 0 or 1.", nameof(y));
            }

            ones += y[i];
        }

        if (requireBothClasses && (ones == 0 || ones == y.Length))
        {
            throw new ArgumentException(
                $"y has only class {(ones == 0 ? 0 : 1)} ({y.Length} trials): logistic regression needs trials of both choices to tell them apart.", nameof(y));
        }
    }

    public static void ValidateFeatures(double[,] X, int features)
    {
        ArgumentNullException.ThrowIfNull(X);
        if (X.GetLength(1) != features)
        {
            throw new ArgumentException($"X has {X.GetLength(1)} neurons (shape ({X.GetLength(0)}, {X.GetLength(1)})) but the model was fitted on {features}.", nameof(X));
        }
    }
}
