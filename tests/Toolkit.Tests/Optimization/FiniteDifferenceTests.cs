using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class FiniteDifferenceTests
{
    private static readonly MinimizeOptions Options = new() { GradientTolerance = 1e-6 };

    [Fact]
    public void Rosenbrock_from_values_alone_reaches_1_1()
    {
        var result = Minimizer.Minimize(TestFunctions.RosenbrockValue, [-1.2, 1], Options);

        result.Success.ShouldBeTrue(result.Message);
        result.ShouldBeNear([1, 1], 1e-5, "Rosenbrock by finite differences");
        result.ObjectiveCalls.ShouldBe(3L * result.FunctionEvaluations, "each point costs n + 1 = 3 calls");
    }

    [Fact]
    public void Quadratic_from_values_alone_reaches_its_minimizer()
    {
        var quadratic = new Quadratic(8, conditionNumber: 100, seed: 41);

        var result = Minimizer.Minimize(quadratic.Value, new double[8], Options);

        result.Success.ShouldBeTrue(result.Message);
        result.ShouldBeNear(quadratic.Solution, 1e-5, "quadratic n = 8, κ = 100, seed 41, by finite differences");
    }

    [Fact]
    public void Parallel_and_sequential_gradients_give_identical_runs()
    {
        var quadratic = new Quadratic(12, conditionNumber: 100, seed: 42);
        double Objective(double[] x) => quadratic.Evaluate(x, new double[x.Length]);

        var parallel = Minimizer.Minimize(Objective, new double[12], Options with { ParallelFiniteDifferences = true });
        var sequential = Minimizer.Minimize(Objective, new double[12], Options with { ParallelFiniteDifferences = false });

        parallel.X.ShouldBe(sequential.X);
        parallel.LossHistory.ShouldBe(sequential.LossHistory);
        parallel.FunctionEvaluations.ShouldBe(sequential.FunctionEvaluations);
    }

    [Fact]
    public void Forward_difference_gradient_matches_the_analytic_one_to_about_eight_digits()
    {
        double[] start = [-1.2, 1];
        var analytic = new double[2];
        TestFunctions.Rosenbrock(start, analytic);

        var result = Minimizer.Minimize(TestFunctions.RosenbrockValue, start, new MinimizeOptions { MaxIterations = 0 });

        result.Status.ShouldBe(MinimizeStatus.MaxIterations);
        result.Gradient[0].ShouldBe(analytic[0], 1e-5 * Math.Abs(analytic[0]));
        result.Gradient[1].ShouldBe(analytic[1], 1e-5 * Math.Abs(analytic[1]));
    }

    [Fact]
    public void A_loss_undefined_just_beside_the_start_is_reported_with_its_component()
    {
        // Finite at the start (x₁ = 0) but NaN for any x₁ > 0, where the forward difference looks.
        static double Edge(double[] x) => x[0] * x[0] + (x[1] <= 0 ? x[1] * x[1] : double.NaN);

        var result = Minimizer.Minimize(Edge, [1, 0]);

        result.Status.ShouldBe(MinimizeStatus.NonFiniteObjective);
        result.Message.ShouldContain("not finite a finite-difference step");
        result.Message.ShouldContain("component 1");
    }

    [Fact]
    public void An_exception_in_the_objective_reaches_the_caller_unwrapped()
    {
        static double Throws(double[] x) => x[0] > 0.5 ? throw new InvalidOperationException("objective failed") : x[0] * x[0];

        Should.Throw<InvalidOperationException>(() => Minimizer.Minimize(Throws, [0.5 - 1e-12, 0, 0, 0])).Message.ShouldBe("objective failed");
    }
}
