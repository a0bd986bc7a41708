using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class StoppingTests
{
    [Fact]
    public void Max_iterations_reports_failure_and_says_so()
    {
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1], new MinimizeOptions { MaxIterations = 3 });

        result.Success.ShouldBeFalse();
        result.Status.ShouldBe(MinimizeStatus.MaxIterations);
        result.Iterations.ShouldBe(3);
        result.LossHistory.Count.ShouldBe(4);
        result.Message.ShouldStartWith("Stopped after 3 iterations without converging: the largest gradient component is still ");
        result.Message.ShouldContain("> 1e-5");
        result.Message.ShouldContain("MaxIterations");
        result.Fun.ShouldBe(result.LossHistory[^1]);
        result.Fun.ShouldBeLessThan(result.LossHistory[0]);
    }

    [Fact]
    public void Max_function_evaluations_is_respected()
    {
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1], new MinimizeOptions { MaxFunctionEvaluations = 10 });

        result.Status.ShouldBe(MinimizeStatus.MaxFunctionEvaluations);
        result.Success.ShouldBeFalse();
        result.FunctionEvaluations.ShouldBeLessThanOrEqualTo(10);
        result.Message.ShouldContain("MaxFunctionEvaluations");
    }

    [Theory]
    [InlineData(MinimizeMethod.Lbfgs, -1.0)]
    [InlineData(MinimizeMethod.Lbfgs, 1.0)]
    [InlineData(MinimizeMethod.GradientDescent, -1.0)]
    public void An_objective_unbounded_below_stops_without_success_in_bounded_evaluations(MinimizeMethod method, double sign)
    {
        // f(x) = sign·x₀ + x₁²: no minimum along x₀.
        double Unbounded(ReadOnlySpan<double> x, Span<double> gradient)
        {
            gradient[0] = sign;
            gradient[1] = 2 * x[1];
            return sign * x[0] + x[1] * x[1];
        }

        var options = new MinimizeOptions { Method = method };

        var result = Minimizer.Minimize(Unbounded, [0, 1], options);

        result.Success.ShouldBeFalse(result.Message);
        result.Status.ShouldBeOneOf(MinimizeStatus.MaxIterations, MinimizeStatus.MaxFunctionEvaluations, MinimizeStatus.LineSearchFailed);
        result.FunctionEvaluations.ShouldBeLessThanOrEqualTo(options.MaxFunctionEvaluations);
        if (method == MinimizeMethod.Lbfgs)
        {
            // L-BFGS's curvature model sends it downhill so fast that f overflows.
            result.Fun.ShouldBeLessThan(-1e12, result.Message);
            result.Message.ShouldContain("unbounded below");
        }
        else
        {
            // Gradient descent moves a bounded step per iteration and meets the iteration limit.
            result.Status.ShouldBe(MinimizeStatus.MaxIterations);
            result.Fun.ShouldBeLessThan(-100, result.Message);
        }
    }

    [Fact]
    public void A_nan_objective_at_the_start_is_reported_not_thrown()
    {
        static double NotANumber(ReadOnlySpan<double> x, Span<double> gradient) => Math.Log(x[0] - 2);

        var result = Minimizer.Minimize(NotANumber, [1, 0]);

        result.Status.ShouldBe(MinimizeStatus.NonFiniteObjective);
        result.Success.ShouldBeFalse();
        double.IsNaN(result.Fun).ShouldBeTrue();
        result.X.ShouldBe([1, 0]);
        result.Iterations.ShouldBe(0);
        result.Message.ShouldStartWith("The objective returned NaN at the starting point");
    }

    [Fact]
    public void An_infinite_gradient_at_the_start_names_the_component()
    {
        static double SquareRoot(ReadOnlySpan<double> x, Span<double> gradient)
        {
            gradient[0] = 2 * x[0];
            gradient[1] = 0.5 / Math.Sqrt(x[1]);
            return x[0] * x[0] + Math.Sqrt(x[1]);
        }

        var result = Minimizer.Minimize(SquareRoot, [1, 0]);

        result.Status.ShouldBe(MinimizeStatus.NonFiniteObjective);
        result.Message.ShouldContain("component 1");
        result.Message.ShouldContain("+∞");
    }

    [Theory]
    [InlineData(MinimizeMethod.Lbfgs)]
    [InlineData(MinimizeMethod.GradientDescent)]
    public void A_non_finite_value_during_the_line_search_shrinks_the_step(MinimizeMethod method)
    {
        // (x − 2.5)², but NaN from x = 3 on. From x = 2 the first trial step (length 1) lands on the wall.
        var wallHits = 0;
        double Walled(ReadOnlySpan<double> x, Span<double> gradient)
        {
            if (x[0] >= 3)
            {
                wallHits++;
                return double.NaN;
            }

            gradient[0] = 2 * (x[0] - 2.5);
            return (x[0] - 2.5) * (x[0] - 2.5);
        }

        var result = Minimizer.Minimize(Walled, [2], new MinimizeOptions { Method = method, GradientTolerance = 1e-10 });

        wallHits.ShouldBeGreaterThan(0, "the test must make the line search meet the NaN region");
        result.ShouldHaveConverged("quadratic with a NaN wall");
        result.X[0].ShouldBe(2.5, 1e-10);
    }

    [Fact]
    public void Cancellation_stops_with_the_last_accepted_point()
    {
        using var cancellation = new CancellationTokenSource();
        var options = new MinimizeOptions
        {
            CancellationToken = cancellation.Token,
            Callback = progress =>
            {
                if (progress.Iteration == 4)
                {
                    cancellation.Cancel();
                }
            },
        };

        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1], options);

        result.Status.ShouldBe(MinimizeStatus.Cancelled);
        result.Success.ShouldBeFalse();
        result.Iterations.ShouldBe(4);
        result.Fun.ShouldBe(result.LossHistory[^1]);
        result.Message.ShouldStartWith("Cancelled after 4 iterations");
    }

    [Fact]
    public void Callback_sees_every_iteration_and_the_history_matches()
    {
        var seen = new List<IterationProgress>();
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1], new MinimizeOptions { Callback = seen.Add });

        seen.Select(progress => progress.Iteration).ShouldBe(Enumerable.Range(0, result.Iterations + 1));
        seen.Select(progress => progress.Fun).ShouldBe(result.LossHistory);
        seen[^1].MaxAbsGradient.ShouldBe(result.MaxAbsGradient);
        seen[0].Fun.ShouldBe(24.2, 1e-12); // f(−1.2, 1) = 100·(1 − 1.44)² + 2.2² = 19.36 + 4.84
        result.MaxAbsGradient.ShouldBe(result.Gradient.Max(Math.Abs));
    }

    [Fact]
    public void Relative_decrease_rule_stops_a_slow_descent()
    {
        var quadratic = new Quadratic(20, 1e4, seed: 31);
        var options = new MinimizeOptions
        {
            Method = MinimizeMethod.GradientDescent,
            GradientTolerance = 0,
            RelativeDecreaseTolerance = 1e-6,
            MaxIterations = 100000,
            MaxFunctionEvaluations = 1000000,
        };

        var result = Minimizer.Minimize(quadratic.Evaluate, new double[20], options);

        result.Status.ShouldBe(MinimizeStatus.RelativeDecreaseReached, result.Message);
        result.Success.ShouldBeTrue();
        var last = result.LossHistory[^1];
        var before = result.LossHistory[^2];
        ((before - last) / Math.Max(Math.Max(Math.Abs(before), Math.Abs(last)), 1)).ShouldBeLessThanOrEqualTo(1e-6);
        result.Message.ShouldContain("RelativeDecreaseTolerance");
    }

    [Fact]
    public void Result_prints_like_scipy()
    {
        var result = Minimizer.Minimize(TestFunctions.Rosenbrock, [-1.2, 1]);

        var text = result.ToString();

        text.ShouldContain("success: True");
        text.ShouldContain($"nit: {result.Iterations}");
        text.ShouldContain("message: Converged");
    }
}
