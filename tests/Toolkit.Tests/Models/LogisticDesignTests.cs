using DecodingChoices.Models;
using DecodingChoices.Numerics;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Models;

/// <summary>
/// The one-pass evaluation of a design read row by row (logits, loss, residuals and gradient while each block of rows
/// is in cache) gives exactly the bits of the two-pass evaluation it replaces.
/// </summary>
public sealed class LogisticDesignTests
{
    [Theory]
    [InlineData(220, 37, 1UL)] // rows a multiple of 4, not of 8: the last block is a vector-path tail
    [InlineData(203, 64, 2UL)] // rows neither: single rows after the last group of four
    [InlineData(207, 50, 4UL)] // a tail of 7 rows: a group of four and three single rows, in one block
    [InlineData(9, 300, 3UL)]  // wide, taken in place
    public void One_pass_evaluation_equals_logits_then_transposed_product_bit_for_bit(int rows, int columns, ulong seed)
    {
        var random = new SeededRandom(seed);
        var X = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                X[i, j] = random.NextNormal();
            }
        }

        var labels = Enumerable.Range(0, rows).Select(_ => random.NextNormal() > 0 ? 1 : 0).ToArray();
        var weights = Enumerable.Range(0, columns).Select(_ => 0.3 * random.NextNormal()).ToArray();
        var design = LogisticDesign.Prepare(X, reduce: false);
        design.ReadsRows.ShouldBeTrue();

        var z = new double[rows];
        design.Logits(weights, 0.25, z);
        var residuals = new double[rows];
        var loss = LogisticKernels.CrossEntropyAndResiduals(z, labels, residuals);
        var gradient = weights.Select(w => w * 0.5).ToArray();
        design.AddTransposedProduct(residuals, gradient);

        var onePassResiduals = new double[rows];
        var onePassGradient = weights.Select(w => w * 0.5).ToArray();
        var onePassLoss = design.LossAndTransposedProduct(weights, 0.25, labels, onePassResiduals, onePassGradient);

        onePassLoss.ShouldBe(loss, $"seed {seed}");
        onePassResiduals.ShouldBe(residuals, $"seed {seed}");
        onePassGradient.ShouldBe(gradient, $"seed {seed}");
    }

    [Fact]
    public void A_factor_is_not_read_row_by_row()
    {
        var X = new double[3, 5];
        for (var j = 0; j < 5; j++)
        {
            X[0, j] = 1 + j;
            X[1, j] = j * j;
            X[2, j] = 5 - j;
        }

        var reduced = LogisticDesign.Prepare(X, reduce: true);
        reduced.ReadsRows.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => reduced.LossAndTransposedProduct(new double[3], 0, new int[3], new double[3], new double[3]));
    }

    [Fact]
    public async Task A_large_design_is_evaluated_in_two_halves_with_the_same_result_on_one_core_or_two()
    {
        const ulong seed = 11;
        const int rows = 521, columns = 600; // 312,600 entries: past LogisticObjective.HalvesFrom; a tail of 1 row
        ((long)rows * columns).ShouldBeGreaterThanOrEqualTo(LogisticObjective.HalvesFrom);
        var random = new SeededRandom(seed);
        var X = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                X[i, j] = random.NextNormal();
            }
        }

        var design = LogisticDesign.Prepare(X, reduce: false);
        var objective = new LogisticObjective(design, c: 2.0, fitIntercept: true);
        for (var i = 0; i < rows; i++)
        {
            objective.Labels[i] = random.NextNormal() > 0 ? 1 : 0;
        }

        var parameters = Enumerable.Range(0, columns + 1).Select(_ => 0.05 * random.NextNormal()).ToArray();
        var gradient = new double[columns + 1];
        var value = objective.Evaluate(parameters, gradient);

        // On one core: Parallel.For inside a task on an exclusive scheduler runs its halves one after the other.
        var oneCoreGradient = new double[columns + 1];
        var exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        var oneCoreValue = await Task.Factory.StartNew(() => objective.Evaluate(parameters, oneCoreGradient), CancellationToken.None, TaskCreationOptions.None, exclusive);
        oneCoreValue.ShouldBe(value, $"seed {seed}"); // bit for bit
        oneCoreGradient.ShouldBe(gradient, $"seed {seed}");

        // And it is the objective: the two-pass evaluation, to rounding.
        var z = new double[rows];
        design.Logits(parameters.AsSpan(0, columns), parameters[columns], z);
        var residuals = new double[rows];
        var expected = LogisticKernels.CrossEntropyAndResiduals(z, objective.Labels, residuals) + 0.25 * parameters[..columns].Sum(w => w * w);
        var expectedGradient = parameters[..columns].Select(w => w / 2).Append(residuals.Sum()).ToArray();
        design.AddTransposedProduct(residuals, expectedGradient.AsSpan(0, columns));
        value.ShouldBe(expected, 1e-12 * Math.Abs(expected), $"seed {seed}");
        for (var j = 0; j <= columns; j++)
        {
            gradient[j].ShouldBe(expectedGradient[j], 1e-10 * Math.Max(1, Math.Abs(expectedGradient[j])), $"gradient[{j}], seed {seed}");
        }
    }
}
