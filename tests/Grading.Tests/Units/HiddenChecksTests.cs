using DecodingChoices.Autograder;
using DecodingChoices.Solutions;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>The hidden checks are fair: correct code passes them whatever the run's seed, and each seed gives other inputs.</summary>
public sealed class HiddenChecksTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    [InlineData(18446744073709551557UL)]
    public void The_reference_track_passes_every_hidden_check(ulong seed)
    {
        HiddenCheckSeed.Use(seed);
        foreach (var check in GradingCatalog.Default.Checks.Where(c => c.IsHidden))
        {
            var outcome = CheckRunner.Run(check.Definition, new ReferenceExercises());
            outcome.Passed.ShouldBeTrue($"hidden seed {seed}: {outcome.Failure?.Message}");
        }
    }

    [Fact]
    public void Each_run_seed_gives_each_hidden_check_its_own_inputs()
    {
        HiddenCheckSeed.Use(7);
        var first = HiddenCheckSeed.For("1D.Matches_the_reference_on_a_single_trial");
        HiddenCheckSeed.For("1D.Matches_the_reference_with_large_random_weights").ShouldNotBe(first);
        HiddenCheckSeed.Use(8);
        HiddenCheckSeed.For("1D.Matches_the_reference_on_a_single_trial").ShouldNotBe(first);
    }
}
