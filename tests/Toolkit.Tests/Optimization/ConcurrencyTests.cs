using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class ConcurrencyTests
{
    [Fact]
    public void Many_fits_in_parallel_give_the_same_answers_as_one_after_another()
    {
        const int Fits = 64;
        var options = new MinimizeOptions { GradientTolerance = 1e-8 };
        MinimizeResult Fit(int index)
        {
            var quadratic = new Quadratic(15, 100, seed: 1000UL + (ulong)index);
            return Minimizer.Minimize(quadratic.Evaluate, new double[15], options);
        }

        var sequential = Enumerable.Range(0, Fits).Select(Fit).ToArray();
        var parallel = new MinimizeResult[Fits];
        Parallel.For(0, Fits, index => parallel[index] = Fit(index));

        for (var index = 0; index < Fits; index++)
        {
            parallel[index].X.ShouldBe(sequential[index].X, $"fit {index} (seed {1000 + index})");
            parallel[index].LossHistory.ShouldBe(sequential[index].LossHistory, $"fit {index} (seed {1000 + index})");
            sequential[index].Success.ShouldBeTrue(sequential[index].Message);
        }
    }
}
