using DecodingChoices.Optimization;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Optimization;

public class AllocationTests
{
    [Theory]
    [InlineData(MinimizeMethod.Lbfgs)]
    [InlineData(MinimizeMethod.GradientDescent)]
    public void The_iteration_loop_allocates_nothing(MinimizeMethod method)
    {
        var quadratic = new Quadratic(30, 1e3, seed: 61);
        var firstIterationBytes = -1L;
        var lastIterationBytes = -1L;
        var options = new MinimizeOptions
        {
            Method = method,
            GradientTolerance = 1e-9,
            RelativeDecreaseTolerance = 0,
            MaxIterations = 200,
            Callback = progress =>
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                if (progress.Iteration == 1)
                {
                    firstIterationBytes = allocated;
                }

                lastIterationBytes = allocated;
            },
        };

        // Warm up (JIT, array pool), then measure a second run.
        Minimizer.Minimize(quadratic.Evaluate, new double[30], options);
        var result = Minimizer.Minimize(quadratic.Evaluate, new double[30], options);

        result.Iterations.ShouldBeGreaterThan(20, result.Message);
        (lastIterationBytes - firstIterationBytes).ShouldBe(0, $"bytes allocated between iteration 1 and {result.Iterations}");
    }
}
