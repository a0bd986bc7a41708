using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

/// <summary>
/// The minimizer against scipy.optimize.minimize on logistic-regression losses (fixture made by
/// Fixtures/optimization/make_minimize_fixtures.py from numpy seed 20240611).
/// </summary>
public class ScipyAgreementTests
{
    public static TheoryData<string, MinimizeMethod> Problems => new()
    {
        { "l2_logistic", MinimizeMethod.Lbfgs },
        { "plain_logistic", MinimizeMethod.Lbfgs },
        { "l2_logistic", MinimizeMethod.GradientDescent },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Analytic_gradient_reaches_scipys_minimizer(string name, MinimizeMethod method)
    {
        var problem = LogisticFixture.Named(name);
        var options = new MinimizeOptions
        {
            Method = method,
            // Gradient descent creeps near the minimum (its steps shrink with the gradient): 1e-8 is its practical floor here.
            GradientTolerance = method == MinimizeMethod.Lbfgs ? 1e-10 : 1e-8,
            RelativeDecreaseTolerance = 0,
            MaxIterations = 100000,
            MaxFunctionEvaluations = 1000000,
        };

        var result = Minimizer.Minimize(problem.Loss, new double[problem.Parameters], options);

        var context = $"{name} ({method}), {LogisticFixture.FileName}";
        result.ShouldHaveConverged(context);
        result.ShouldBeNear(problem.Bfgs.X, 1e-6, $"{context} vs scipy BFGS");
        result.ShouldBeNear(problem.Lbfgsb.X, 1e-6, $"{context} vs scipy L-BFGS-B");
        result.Fun.ShouldBe(problem.Bfgs.Fun, 1e-10, context);
        result.Fun.ShouldBe(problem.Lbfgsb.Fun, 1e-10, context);
    }

    [Theory]
    [InlineData("l2_logistic")]
    [InlineData("plain_logistic")]
    public void Finite_differences_reach_scipys_minimizer(string name)
    {
        var problem = LogisticFixture.Named(name);

        var result = Minimizer.Minimize(problem.LossValue, new double[problem.Parameters], new MinimizeOptions { GradientTolerance = 1e-7 });

        var context = $"{name} by finite differences, {LogisticFixture.FileName}";
        result.ShouldBeNear(problem.Bfgs.X, 1e-4, context);
        result.Fun.ShouldBe(problem.Bfgs.Fun, 1e-9, context);
        result.ObjectiveCalls.ShouldBe((problem.Parameters + 1L) * result.FunctionEvaluations);
    }

    [Fact]
    public void The_csharp_loss_has_the_right_gradient_and_matches_scipys_minimum()
    {
        var problem = LogisticFixture.Named("l2_logistic");
        var gradient = new double[problem.Parameters];

        GradientCheck.Compare(problem.Loss, [0.5, -1, 2, 0.1, -0.3]).Passed.ShouldBeTrue();
        problem.Loss(problem.Bfgs.X, gradient).ShouldBe(problem.Bfgs.Fun, 1e-14, "the C# loss at scipy's x must be scipy's fun");
        problem.LossValue(problem.Bfgs.X).ShouldBe(problem.Bfgs.Fun, 1e-14);
    }
}
