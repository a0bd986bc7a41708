using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class LbfgsTests
{
    private static readonly MinimizeOptions Tight = new() { GradientTolerance = 1e-9, RelativeDecreaseTolerance = 0 };

    [Fact]
    public void Rosenbrock_2d_from_the_classic_start_reaches_1_1()
    {
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1], Tight);

        result.ShouldHaveConverged("Rosenbrock 2-D from (-1.2, 1)");
        result.Status.ShouldBe(MinimizeStatus.GradientToleranceReached);
        result.ShouldBeNear([1, 1], 1e-6, "Rosenbrock 2-D");
        result.Fun.ShouldBeLessThan(1e-12);
        result.MaxAbsGradient.ShouldBeLessThanOrEqualTo(1e-9);
        result.Iterations.ShouldBeLessThan(100, result.Message);
        result.FunctionEvaluations.ShouldBe(result.GradientEvaluations);
        result.ObjectiveCalls.ShouldBe(result.FunctionEvaluations);
    }

    [Fact]
    public void Rosenbrock_10d_reaches_all_ones()
    {
        double[] start = [-1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1];
        var ones = Enumerable.Repeat(1.0, 10).ToArray();

        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, start, Tight);

        result.ShouldHaveConverged("Rosenbrock 10-D");
        result.ShouldBeNear(ones, 1e-5, "Rosenbrock 10-D");
        start.ShouldBe([-1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1], "the starting point must not be modified");
    }

    [Theory]
    [InlineData(20, 10.0, 11UL)]
    [InlineData(20, 1e4, 12UL)]
    [InlineData(200, 1e4, 13UL)]
    public void Convex_quadratic_reaches_its_known_minimizer(int dimension, double conditionNumber, ulong seed)
    {
        var quadratic = new Quadratic(dimension, conditionNumber, seed);

        // scipy's L-BFGS-B needs about 700 (n = 20) and 1300 (n = 200) iterations at κ = 1e4 for this tolerance.
        var result = Minimizer.Minimize(quadratic.Evaluate, new double[dimension], Tight with { MaxIterations = 5000 });

        var context = $"quadratic n = {dimension}, κ = {conditionNumber}, seed {seed}";
        result.ShouldHaveConverged(context);
        // ‖x − x*‖ ≤ ‖∇f‖ / λmin = ‖∇f‖ with λmin = 1.
        result.ShouldBeNear(quadratic.Solution, 1e-7, context);
        result.Fun.ShouldBeLessThan(1e-14, context);
    }

    [Fact]
    public void Ill_conditioning_costs_lbfgs_far_fewer_iterations_than_gradient_descent()
    {
        var quadratic = new Quadratic(20, 1e4, seed: 12);
        var options = new MinimizeOptions { GradientTolerance = 1e-6, MaxIterations = 20000, MaxFunctionEvaluations = 100000 };

        var lbfgs = Minimizer.Minimize(quadratic.Evaluate, new double[20], options);
        var descent = Minimizer.Minimize(quadratic.Evaluate, new double[20], options with { Method = MinimizeMethod.GradientDescent });

        lbfgs.ShouldHaveConverged("L-BFGS, κ = 1e4");
        (lbfgs.Iterations * 10).ShouldBeLessThan(descent.Iterations, $"L-BFGS {lbfgs.Iterations} vs gradient descent {descent.Iterations} iterations");
    }

    [Fact]
    public void History_size_one_still_converges()
    {
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1], Tight with { HistorySize = 1, MaxIterations = 5000 });

        result.ShouldHaveConverged("Rosenbrock with m = 1");
        result.ShouldBeNear([1, 1], 1e-6, "Rosenbrock with m = 1");
    }

    [Fact]
    public void A_start_at_the_minimum_stops_immediately()
    {
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [1, 1]);

        result.Status.ShouldBe(MinimizeStatus.GradientToleranceReached);
        result.Iterations.ShouldBe(0);
        result.FunctionEvaluations.ShouldBe(1);
        result.LossHistory.ShouldBe([0.0]);
        result.Message.ShouldContain("Converged after 0 iterations");
    }

    [Fact]
    public void Default_tolerances_stop_with_success_on_a_typical_problem()
    {
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1]);

        result.ShouldHaveConverged("Rosenbrock with default options");
        result.ShouldBeNear([1, 1], 1e-4, "Rosenbrock with default options");
    }
}
