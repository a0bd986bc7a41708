using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class GradientDescentTests
{
    private static readonly MinimizeOptions Descent = new()
    {
        Method = MinimizeMethod.GradientDescent,
        GradientTolerance = 1e-8,
        RelativeDecreaseTolerance = 0,
    };

    [Fact]
    public void Well_conditioned_quadratic_reaches_its_minimizer()
    {
        var quadratic = new Quadratic(5, conditionNumber: 10, seed: 21);

        var result = Minimizer.Minimize(quadratic.Evaluate, new double[5], Descent);

        result.ShouldHaveConverged("gradient descent, κ = 10, seed 21");
        result.Status.ShouldBe(MinimizeStatus.GradientToleranceReached);
        result.ShouldBeNear(quadratic.Solution, 1e-7, "gradient descent, κ = 10, seed 21");
        result.Iterations.ShouldBeLessThan(500, result.Message);
    }

    [Fact]
    public void Every_step_lowers_the_loss()
    {
        var quadratic = new Quadratic(5, conditionNumber: 10, seed: 22);

        var result = Minimizer.Minimize(quadratic.Evaluate, new double[5], Descent);

        for (var i = 1; i < result.LossHistory.Count; i++)
        {
            result.LossHistory[i].ShouldBeLessThan(result.LossHistory[i - 1], $"iteration {i}");
        }
    }
}
