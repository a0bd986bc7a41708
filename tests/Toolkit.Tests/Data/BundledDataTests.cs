using System.Security.Cryptography;
using DecodingChoices.Autograder;
using DecodingChoices.Data;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

/// <summary>The shipped stand-in: reproducible from its seed, and as hard to decode as the issue asks.</summary>
public sealed class BundledDataTests
{
    [Fact]
    public void Has_the_real_recordings_shape()
    {
        var data = BundledData.Load();
        data.TrialCount.ShouldBe(276);
        data.NeuronCount.ShouldBe(691);
        data.CountOfOnes().ShouldBeInRange(100, 176);
    }

    [Fact]
    public void Is_exactly_what_the_generator_makes_from_the_shipped_seed()
    {
        var text = new StringWriter { NewLine = "\n" };
        CsvDatasetWriter.Write(new StandInDataGenerator().Generate(StandInDataGenerator.ShippedSeed), text);
        var shipped = File.ReadAllText(BundledData.Locate());
        (text.ToString() == shipped).ShouldBeTrue(
            $"data/steinmetz_standin.csv differs from the generator's output for seed {StandInDataGenerator.ShippedSeed}: regenerate it with `dotnet run --project src/Instructor -- make-data` and the fixtures with the scripts beside them.");
    }

    [Fact]
    public void Is_the_file_the_fixtures_were_computed_from()
    {
        var md5 = Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(BundledData.Locate())));
        md5.ShouldBe(ExerciseFixtures.Shared.DataMd5,
            "the fixtures were made from another version of the data: rerun src/Autograder/Fixtures/make_exercise_fixtures.py");
    }

    [Fact]
    public void Is_learnable_but_not_trivially_easy_according_to_scikit_learn()
    {
        var bundled = ExerciseFixtures.Shared.Bundled;
        bundled.SklearnScore.ShouldBe(1.0, "with more neurons than trials, the training accuracy should be perfect");
        bundled.CrossValidatedAccuracy.ShouldBeInRange(0.75, 0.9, "5-fold cross-validated accuracy of LogisticRegression()");
    }

    [Fact]
    public void Columns_are_normalized()
    {
        var data = BundledData.Load();
        for (var j = 0; j < data.NeuronCount; j += 37)
        {
            var column = Enumerable.Range(0, data.TrialCount).Select(i => data.Spikes[i, j]).ToArray();
            column.Average().ShouldBe(0, 1e-5, $"mean of neuron {j}");
            Math.Sqrt(column.Average(v => v * v)).ShouldBe(1, 1e-4, $"standard deviation of neuron {j}");
        }
    }

    [Fact]
    public void Different_seeds_give_different_data()
    {
        var generator = new StandInDataGenerator { Trials = 20, Neurons = 10 };
        generator.Generate(1).Spikes.ShouldNotBe(generator.Generate(2).Spikes);
        generator.Generate(3).Spikes.ShouldBe(generator.Generate(3).Spikes);
    }
}
