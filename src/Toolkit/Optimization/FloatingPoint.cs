using System.Globalization;

namespace DecodingChoices.Optimization;

/// <summary>Facts about double precision, and how the minimizer prints numbers in its messages.</summary>
internal static class FloatingPoint
{
    /// <summary>The gap between 1 and the next double, 2⁻⁵² ≈ 2.22e-16 (numpy's <c>finfo(float).eps</c>; not <see cref="double.Epsilon"/>).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// A tolerance-like number with three significant digits: plain between 0.001 and 10⁴ (0.146, 4.02), else
    /// in e-notation (3.2e-3, 1e-5, 5.07e303).
    /// </summary>
    public static string Small(double value)
    {
        if (!double.IsFinite(value))
        {
            return Text(value);
        }

        var magnitude = Math.Abs(value);
        return magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e4)
            ? value.ToString("G3", CultureInfo.InvariantCulture)
            : value.ToString("0.##e-0", CultureInfo.InvariantCulture);
    }

    /// <summary>A loss value with six significant digits: 0.693147, 1.5e+12, NaN.</summary>
    public static string Value(double value) =>
        double.IsFinite(value) ? value.ToString("G6", CultureInfo.InvariantCulture) : Text(value);

    private static string Text(double value) =>
        double.IsNaN(value) ? "NaN" : value > 0 ? "+∞" : "−∞";
}
