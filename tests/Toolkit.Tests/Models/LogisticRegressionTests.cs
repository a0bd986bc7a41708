using DecodingChoices.Data;
using DecodingChoices.Models;
using DecodingChoices.Optimization;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace DecodingChoices.Toolkit.Tests.Models;

/// <summary>The course's LogisticRegression is scikit-learn's: same coefficients, intercepts, probabilities and scores.</summary>
public sealed class LogisticRegressionTests(ITestOutputHelper output)
{
    private static ScikitLearnFixtures Fixtures => ScikitLearnFixtures.Shared;

    public static TheoryData<string> CaseNames() => [.. Fixtures.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Tight_fit_reaches_scikit_learns_minimizer(string name)
    {
        var expected = Fixtures.Cases.Single(c => c.Name == name);
        var (X, y) = DataFor(expected);
        var model = new LogisticRegression { C = expected.C, FitIntercept = expected.FitIntercept, Tolerance = 1e-10, MaxIterations = 10000, RelativeDecreaseTolerance = 0 }
            .Fit(X, y);
        model.LastFit!.Converged.ShouldBeTrue(model.LastFit.Message);

        // The reference is scikit-learn's solution refined by Newton steps on scikit-learn's objective
        // (max|gradient| < 1e-11): lbfgs itself stops where rounding hides the objective's decrease.
        var worstToOptimum = 0.0;
        var worstToSklearn = 0.0;
        for (var j = 0; j < expected.Coef.Length; j++)
        {
            var difference = Math.Abs(model.Coefficients[j] - expected.OptimumCoef[j]);
            worstToOptimum = Math.Max(worstToOptimum, difference);
            worstToSklearn = Math.Max(worstToSklearn, Math.Abs(model.Coefficients[j] - expected.Coef[j]));
            difference.ShouldBeLessThanOrEqualTo(Math.Max(1e-6 * Math.Abs(expected.OptimumCoef[j]), 1e-8),
                $"coef[{j}]: ours {model.Coefficients[j]:R}, scikit-learn's minimizer {expected.OptimumCoef[j]:R}");
        }

        output.WriteLine($"{name}: largest coefficient difference {worstToOptimum:E2} to the minimizer, {worstToSklearn:E2} to scikit-learn's raw coef_ "
                         + $"(whose max|gradient| is {expected.SklearnMaxAbsGradient:E1}); {model.LastFit.Iterations} iterations");
        worstToSklearn.ShouldBeLessThan(1e-5, "scikit-learn's raw coef_ is within its own precision of ours");
        model.Intercept.ShouldBe(expected.OptimumIntercept, Math.Max(1e-6 * Math.Abs(expected.OptimumIntercept), 1e-8));
        model.Score(X, y).ShouldBe(expected.Score);
        var probabilities = model.PredictProbability(X);
        for (var i = 0; i < expected.ProbabilityFirst.Length; i++)
        {
            probabilities[i].ShouldBe(expected.ProbabilityFirst[i], 1e-6);
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Fit_with_scikit_learns_stopping_rule_takes_about_as_many_iterations(string name)
    {
        var expected = Fixtures.Cases.Single(c => c.Name == name);
        var (X, y) = DataFor(expected);
        var model = new LogisticRegression { C = expected.C, FitIntercept = expected.FitIntercept, Tolerance = 1e-10, MaxIterations = 10000 }.Fit(X, y);
        output.WriteLine($"{name}: {model.LastFit!.Iterations} iterations, scikit-learn {expected.Iterations}");
        model.LastFit.Iterations.ShouldBeInRange(expected.Iterations * 2 / 3, expected.Iterations * 3 / 2 + 2);
    }

    [Fact]
    public void Default_fit_stops_where_scikit_learn_stops()
    {
        var data = BundledData.Load();
        var model = new LogisticRegression().Fit(data.Spikes, data.Choices);
        model.LastFit!.Converged.ShouldBeTrue(model.LastFit.Message);
        model.LastFit.Iterations.ShouldBeInRange(Fixtures.Default.Iterations - 8, Fixtures.Default.Iterations + 8);
        model.Score(data.Spikes, data.Choices).ShouldBe(Fixtures.Default.Score);
        for (var j = 0; j < Fixtures.Default.Coef.Length; j++)
        {
            model.Coefficients[j].ShouldBe(Fixtures.Default.Coef[j], 2e-3, $"coef[{j}] at tol 1e-4");
        }
    }

    [Theory]
    [InlineData(1e-4, 100)]
    [InlineData(1e-10, 10000)]
    public void Fitting_in_the_row_space_takes_the_same_steps_as_fitting_on_X(double tolerance, int maxIterations)
    {
        var data = BundledData.Load();
        var X = Matrices.Slice(data.Spikes, rows: 80, columns: 300);
        var y = data.Choices[..80];
        var reduced = new LogisticRegression { Tolerance = tolerance, MaxIterations = maxIterations }.Fit(LogisticDesign.Prepare(X, reduce: true), y);
        var direct = new LogisticRegression { Tolerance = tolerance, MaxIterations = maxIterations }.Fit(LogisticDesign.Prepare(X, reduce: false), y);

        reduced.LastFit!.Iterations.ShouldBe(direct.LastFit!.Iterations);
        reduced.LastFit.Status.ShouldBe(direct.LastFit.Status);
        reduced.Coefficients.ShouldBe(direct.Coefficients, 1e-8);
        reduced.Intercept.ShouldBe(direct.Intercept, 1e-8);
    }

    [Fact]
    public void Gradient_of_the_objective_is_right_in_both_designs()
    {
        var data = BundledData.Load();
        foreach (var X in new[] { Matrices.Slice(data.Spikes, 30, 50), Matrices.Slice(data.Spikes, 50, 20) })
        {
            var objective = new LogisticObjective(LogisticDesign.Prepare(X), c: 0.7, fitIntercept: true);
            data.Choices.AsSpan(0, X.GetLength(0)).CopyTo(objective.Labels);
            var point = Enumerable.Range(0, objective.ParameterCount).Select(i => Math.Sin(i) * 0.3).ToArray();
            var check = GradientCheck.Compare(objective.Evaluate, point);
            check.WorstRelativeError.ShouldBeLessThan(1e-6, check.ToString());
        }
    }

    [Fact]
    public void Separable_data_without_a_penalty_stops_at_the_iteration_limit_without_NaN()
    {
        // 276 trials, 691 neurons: perfectly separable, so without a penalty the loss has no minimum and the
        // weights grow for as long as the fit goes on. It must stop at its limit, say so, and stay finite.
        var data = BundledData.Load();
        var model = new LogisticRegression { Penalty = Penalty.None, Tolerance = 0, RelativeDecreaseTolerance = 0, MaxIterations = 300 }
            .Fit(data.Spikes, data.Choices);
        model.LastFit!.Converged.ShouldBeFalse(model.LastFit.Message);
        model.LastFit.Status.ShouldBeOneOf(MinimizeStatus.MaxIterations, MinimizeStatus.LineSearchFailed);
        model.Coefficients.ShouldAllBe(w => double.IsFinite(w));
        model.LastFit.Objective.ShouldBeLessThan(1e-3);
        model.Score(data.Spikes, data.Choices).ShouldBe(1.0);
    }

    [Fact]
    public void Separable_data_without_a_penalty_at_default_settings_ends_with_finite_weights()
    {
        var data = BundledData.Load();
        var model = new LogisticRegression { Penalty = Penalty.None }.Fit(data.Spikes, data.Choices);
        model.LastFit!.Iterations.ShouldBeLessThanOrEqualTo(100);
        model.Coefficients.ShouldAllBe(w => double.IsFinite(w));
        model.LastFit.Objective.ShouldBeLessThan(1e-2);
    }

    [Fact]
    public void One_class_only_is_a_clear_error() =>
        Should.Throw<ArgumentException>(() => new LogisticRegression().Fit(new double[,] { { 1 }, { 2 } }, [1, 1]))
            .Message.ShouldStartWith("y has only class 1 (2 trials): logistic regression needs trials of both choices");

    [Fact]
    public void NaN_input_is_a_clear_error() =>
        Should.Throw<ArgumentException>(() => new LogisticRegression().Fit(new double[,] { { 1 }, { double.NaN } }, [0, 1]))
            .Message.ShouldStartWith("X[1, 0] is NaN");

    [Fact]
    public void Constant_column_without_a_penalty_is_a_clear_error() =>
        Should.Throw<ArgumentException>(() => new LogisticRegression { Penalty = Penalty.None }.Fit(new double[,] { { 1, 3 }, { 2, 3 }, { 0, 3 } }, [0, 1, 0]))
            .Message.ShouldStartWith("Column 1 of X is constant (3 on every trial)");

    [Fact]
    public void Constant_column_with_a_penalty_is_fine()
    {
        var model = new LogisticRegression().Fit(new double[,] { { 1, 3 }, { 2, 3 }, { 0, 3 }, { 3, 3 } }, [0, 1, 0, 1]);
        model.Coefficients.ShouldAllBe(w => double.IsFinite(w));
    }

    [Fact]
    public void Labels_must_match_trials_and_be_0_or_1()
    {
        Should.Throw<ArgumentException>(() => new LogisticRegression().Fit(new double[3, 2], [0, 1])).Message.ShouldContain("one label per trial");
        Should.Throw<ArgumentException>(() => new LogisticRegression().Fit(new double[2, 2], [0, 2])).Message.ShouldStartWith("y[1] is 2");
    }

    [Fact]
    public void Using_an_unfitted_model_says_so() =>
        Should.Throw<InvalidOperationException>(() => new LogisticRegression().Predict(new double[1, 1])).Message.ShouldContain("not fitted yet");

    private static (double[,] X, int[] y) DataFor(ScikitLearnFixtures.FitCase fixture)
    {
        if (fixture.X is { } rows)
        {
            var X = new double[rows.Length, rows[0].Length];
            for (var i = 0; i < rows.Length; i++)
            {
                for (var j = 0; j < rows[i].Length; j++)
                {
                    X[i, j] = rows[i][j];
                }
            }

            return (X, fixture.Y!);
        }

        var data = BundledData.Load();
        var trials = fixture.Rows ?? data.TrialCount;
        return (Matrices.Slice(data.Spikes, trials, fixture.Columns ?? data.NeuronCount), data.Choices[..trials]);
    }
}
