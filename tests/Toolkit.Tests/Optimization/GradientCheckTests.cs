using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class GradientCheckTests
{
    [Fact]
    public void A_correct_gradient_passes()
    {
        var result = GradientCheck.Compare(TestFunctions.Rosenbrock, [-1.2, 1, 0.3, 2]);

        result.Passed.ShouldBeTrue(result.Message);
        result.WorstRelativeError.ShouldBeLessThan(1e-8);
        result.Message.ShouldStartWith("The gradient matches");
    }

    [Fact]
    public void A_deliberately_wrong_gradient_is_caught_at_the_wrong_component()
    {
        // The Rosenbrock gradient with a factor 2 missing from ∂f/∂x₂ only.
        static double Wrong(ReadOnlySpan<double> x, Span<double> gradient)
        {
            var value = TestFunctions.Rosenbrock(x, gradient);
            gradient[2] *= 0.5;
            return value;
        }

        var result = GradientCheck.Compare(Wrong, [-1.2, 1, 0.3, 2]);

        result.Passed.ShouldBeFalse();
        result.WorstIndex.ShouldBe(2);
        result.AnalyticValue.ShouldBe(0.5 * result.NumericValue, 1e-6 * Math.Abs(result.NumericValue));
        result.Message.ShouldContain("component 2");
        result.Message.ShouldContain("does not match");
    }

    [Fact]
    public void The_two_function_form_checks_a_loss_and_its_gradient()
    {
        var quadratic = new Quadratic(6, 50, seed: 51);
        double[] Gradient(double[] x)
        {
            var gradient = new double[x.Length];
            quadratic.Evaluate(x, gradient);
            return gradient;
        }

        double[] point = [0.1, -0.2, 0.3, -0.4, 0.5, -0.6];

        GradientCheck.Compare(quadratic.Value, Gradient, point).Passed.ShouldBeTrue();
        GradientCheck.Compare(quadratic.Value, x => Gradient(x).Select(value => -value).ToArray(), point).Passed.ShouldBeFalse();
        Should.Throw<ArgumentException>(() => GradientCheck.Compare(quadratic.Value, _ => new double[5], point)).ParamName.ShouldBe("gradient");
    }
}
