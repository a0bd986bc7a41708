using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class ArgumentTests
{
    [Fact]
    public void An_empty_start_names_the_argument()
    {
        var error = Should.Throw<ArgumentException>(() => Minimizer.Minimize(TestFunctions.Rosenbrock, []));

        error.ParamName.ShouldBe("initial");
        error.Message.ShouldContain("no components");
    }

    [Fact]
    public void A_nan_in_the_start_names_its_index()
    {
        var error = Should.Throw<ArgumentException>(() => Minimizer.Minimize(TestFunctions.RosenbrockValue, [0, double.NaN]));

        error.ParamName.ShouldBe("initial");
        error.Message.ShouldContain("initial[1] is NaN");
    }

    [Theory]
    [InlineData("HistorySize")]
    [InlineData("GradientTolerance")]
    [InlineData("RelativeDecreaseTolerance")]
    [InlineData("MaxIterations")]
    [InlineData("MaxFunctionEvaluations")]
    [InlineData("Method")]
    public void An_impossible_option_names_the_setting(string setting)
    {
        var options = setting switch
        {
            "HistorySize" => new MinimizeOptions { HistorySize = 0 },
            "GradientTolerance" => new MinimizeOptions { GradientTolerance = double.NaN },
            "RelativeDecreaseTolerance" => new MinimizeOptions { RelativeDecreaseTolerance = -1 },
            "MaxIterations" => new MinimizeOptions { MaxIterations = -1 },
            "MaxFunctionEvaluations" => new MinimizeOptions { MaxFunctionEvaluations = 0 },
            _ => new MinimizeOptions { Method = (MinimizeMethod)7 },
        };

        var error = Should.Throw<ArgumentException>(() => Minimizer.Minimize(TestFunctions.Rosenbrock, [0, 0], options));

        error.ParamName.ShouldBe("options");
        error.Message.ShouldContain($"MinimizeOptions.{setting}");
    }

    [Fact]
    public void A_history_too_large_to_allocate_names_the_setting()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(
            () => Minimizer.Minimize(TestFunctions.Rosenbrock, new double[1000], new MinimizeOptions { HistorySize = int.MaxValue / 2 }));

        error.ParamName.ShouldBe("options");
        error.Message.ShouldContain("MinimizeOptions.HistorySize");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Should.Throw<ArgumentNullException>(() => Minimizer.Minimize((ObjectiveWithGradient)null!, [0])).ParamName.ShouldBe("objective");
        Should.Throw<ArgumentNullException>(() => Minimizer.Minimize(TestFunctions.Rosenbrock, null!)).ParamName.ShouldBe("initial");
    }
}
