using System.Globalization;
using DecodingChoices.Numerics;

namespace DecodingChoices.Autograder;

/// <summary>How the checks print values: briefly, in numpy's spirit, never a whole array.</summary>
public static class Show
{
    /// <summary>A number with up to 10 significant digits ("0.6931471806", "NaN", "∞").</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "−∞",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("G10", CultureInfo.InvariantCulture),
    };

    /// <summary>A vector's first entries and its length: "[0.5, 0.25, 0.125, …] (length 220)".</summary>
    public static string Vector(IReadOnlyList<double> values, int shown = 4)
    {
        var head = string.Join(", ", values.Take(shown).Select(Number));
        return values.Count > shown ? $"[{head}, …] (length {values.Count})" : $"[{head}] (length {values.Count})";
    }

    /// <summary>numpy's shape of a vector: "(220,)".</summary>
    public static string Shape<T>(T[] vector) => vector.ShapeText();

    /// <summary>numpy's shape of a matrix: "(220, 691)".</summary>
    public static string Shape(double[,] matrix) => matrix.ShapeText();

    /// <summary>A method name written as words: "Zero_theta_gives_zero_z" → "zero theta gives zero z".</summary>
    public static string CheckTitle(string methodName)
    {
        var words = methodName.Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..];
    }
}
