using DecodingChoices.Optimization;
using Shouldly;

namespace DecodingChoices.Toolkit.Tests.Optimization;

internal static class MinimizeAssertions
{
    /// <summary>max|xᵢ − expectedᵢ| / max(1, max|expectedᵢ|).</summary>
    public static double RelativeDistance(double[] x, double[] expected)
    {
        x.Length.ShouldBe(expected.Length);
        var largest = 1.0;
        var distance = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            largest = Math.Max(largest, Math.Abs(expected[i]));
            distance = Math.Max(distance, Math.Abs(x[i] - expected[i]));
        }

        return distance / largest;
    }

    public static void ShouldBeNear(this MinimizeResult result, double[] expected, double tolerance, string context)
    {
        var distance = RelativeDistance(result.X, expected);
        distance.ShouldBeLessThanOrEqualTo(tolerance, $"{context}: x = [{string.Join(", ", result.X)}] is {distance:E2} from the minimizer. {result.Message}");
    }

    public static void ShouldHaveConverged(this MinimizeResult result, string context)
    {
        result.Success.ShouldBeTrue($"{context}: {result.Message}");
        result.Iterations.ShouldBe(result.LossHistory.Count - 1, context);
    }
}
