using DecodingChoices.Data;
using DecodingChoices.Inference;
using DecodingChoices.Models;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Inference;

public sealed class ShuffleTestTests
{
    private static (double[,] X, int[] y) TrainingSplit()
    {
        var (train, _) = TrainTestSplit.Create(276).Apply(BundledData.Load());
        return (train.Spikes, train.Choices);
    }

    [Fact]
    public void Result_does_not_depend_on_the_number_of_threads()
    {
        var (X, y) = TrainingSplit();
        var one = ShuffleTest.Run(X, y, new ResamplingOptions { Count = 12, Seed = 9, MaxDegreeOfParallelism = 1 });
        var two = ShuffleTest.Run(X, y, new ResamplingOptions { Count = 12, Seed = 9, MaxDegreeOfParallelism = 2 });
        var four = ShuffleTest.Run(X, y, new ResamplingOptions { Count = 12, Seed = 9, MaxDegreeOfParallelism = 4 });
        two.ShuffledAccuracies.ShouldBe(one.ShuffledAccuracies);
        four.ShuffledAccuracies.ShouldBe(one.ShuffledAccuracies);
        two.TrueAccuracy.ShouldBe(one.TrueAccuracy);
    }

    [Fact]
    public void Each_shuffle_is_a_fit_to_shuffled_choices_scored_on_them()
    {
        // With 220 trials and 691 neurons every labelling is separable: shuffled training accuracy is ~1.0 too,
        // which is the tutorial's point. With 40 neurons it is not, so shuffles score near chance.
        var (X, y) = TrainingSplit();
        var narrow = Matrices.Slice(X, X.GetLength(0), 40);

        var wide = ShuffleTest.Run(X, y, new ResamplingOptions { Count = 10, Seed = 1 });
        wide.TrueAccuracy.ShouldBe(1.0);
        wide.ShuffledAccuracies.ShouldAllBe(a => a >= 0.95);

        var few = ShuffleTest.Run(narrow, y, new ResamplingOptions { Count = 30, Seed = 1 });
        few.MeanShuffledAccuracy.ShouldBeInRange(0.55, 0.75);
        few.ShuffledAccuracies.Distinct().Count().ShouldBeGreaterThan(5, "different shuffles must give different fits");
        few.TrueAccuracy.ShouldBe(new LogisticRegression().Fit(narrow, y).Score(narrow, y));
    }

    [Fact]
    public void Different_seeds_shuffle_differently()
    {
        var (X, y) = TrainingSplit();
        var narrow = Matrices.Slice(X, X.GetLength(0), 30);

        ShuffleTest.Run(narrow, y, new ResamplingOptions { Count = 6, Seed = 1 }).ShuffledAccuracies
            .ShouldNotBe(ShuffleTest.Run(narrow, y, new ResamplingOptions { Count = 6, Seed = 2 }).ShuffledAccuracies);
    }

    [Fact]
    public void Progress_reports_every_shuffle()
    {
        var (X, y) = TrainingSplit();
        var reports = new System.Collections.Concurrent.ConcurrentBag<int>();
        ShuffleTest.Run(X, y, new ResamplingOptions { Count = 16, Progress = reports.Add });
        reports.Order().ShouldBe(Enumerable.Range(1, 16));
    }

    [Fact]
    public void Cancellation_stops_the_work()
    {
        var (X, y) = TrainingSplit();
        using var cancellation = new CancellationTokenSource();
        var started = 0;
        Should.Throw<OperationCanceledException>(() => ShuffleTest.Run(X, y, new ResamplingOptions
        {
            Count = 100_000,
            CancellationToken = cancellation.Token,
            Progress = n =>
            {
                if (Interlocked.Increment(ref started) == 5)
                {
                    cancellation.Cancel();
                }
            },
        }));
        started.ShouldBeLessThan(100);
    }

    [Fact]
    public void Labels_other_than_0_and_1_are_rejected() =>
        Should.Throw<ArgumentException>(() => ShuffleTest.Run(new double[,] { { 0 }, { 1 } }, [0, 3])).Message.ShouldStartWith("y[1] is 3");
}
