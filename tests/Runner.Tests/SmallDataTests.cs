using System.Text.Json;
using DecodingChoices.Data;
using DecodingChoices.Randomness;
using DecodingChoices.Runner.Progress;
using DecodingChoices.Runner.Tutorial;
using DecodingChoices.Solutions;

namespace DecodingChoices.Runner.Tests;

/// <summary>The walkthrough on a small dataset (40 trials × 6 neurons), where the model cannot memorize every labelling.</summary>
public sealed class SmallDataTests
{
    [Fact]
    public void Runs_the_whole_tutorial_on_a_small_csv()
    {
        using var folder = new TemporaryFolder();
        var run = CourseRun.Of("--data", Fixtures.Path("small.csv"), "--shuffles", "40", "--folds", "4", "--out", folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Console.ShouldContain("spikes (40, 6)");
        run.Console.ShouldContain("(32, 6)");
        run.Console.ShouldContain("2A shuffle test  40/40");
        run.Console.ShouldContain("cross-validated permutation test  40/40");
        string.Join(" ", run.Console.Split('\n').Select(l => l.Trim())).ShouldContain("with 6 weights for 32 training trials");
        Directory.GetFiles(folder.Path, "*.png").Length.ShouldBe(5);
    }

    [Fact]
    public void Shuffled_accuracies_on_few_neurons_are_below_the_true_one()
    {
        var run = CourseRun.Of("--data", Fixtures.Path("small.npz"), "--shuffles", "60", "--json", "--no-plots");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        using var document = JsonDocument.Parse(run.Json);
        var exercise2 = document.RootElement.GetProperty("exercise2");
        var trueAccuracy = exercise2.GetProperty("trueModel").GetProperty("trainingAccuracy").GetDouble();
        exercise2.GetProperty("meanShuffledAccuracy").GetDouble().ShouldBeLessThan(trueAccuracy);
        exercise2.GetProperty("maxShuffledAccuracy").GetDouble().ShouldBeLessThan(1.0);
    }

    [Fact]
    public void Chunked_calls_with_one_stream_give_exactly_what_one_call_gives()
    {
        const ulong seed = 77;
        var data = DatasetLoader.Load(Fixtures.Path("small.csv"));
        var reference = new ReferenceExercises();
        var shuffles = 2 * Exercise2Walkthrough.ChunkSize + 7; // two whole chunks and a partial one
        var chunked = Exercise2Walkthrough.ShuffledAccuracies(reference, data, shuffles, seed, new SilentProgress());

        var whole = reference.ShuffledAccuracies(data.Spikes, data.Choices, shuffles, new SeededRandom(seed));

        chunked.ShouldBe(whole, $"seed {seed}: {Exercise2Walkthrough.ChunkSize} shuffles per call from one stream");
    }

    [Fact]
    public void Progress_is_reported_after_every_chunk_up_to_the_total()
    {
        var data = DatasetLoader.Load(Fixtures.Path("small.csv"));
        var progress = new RecordingProgress();

        var chunk = Exercise2Walkthrough.ChunkSize;
        Exercise2Walkthrough.ShuffledAccuracies(new ReferenceExercises(), data, 2 * chunk + 7, 5, progress);

        progress.Reports.ShouldBe([chunk, 2 * chunk, 2 * chunk + 7]);
        progress.Total.ShouldBe(2 * chunk + 7);
    }

    private sealed class RecordingProgress : IProgressDisplay
    {
        public List<int> Reports { get; } = [];

        public int Total { get; private set; }

        public T Run<T>(string title, int total, Func<Action<int>, T> work)
        {
            Total = total;
            return work(Reports.Add);
        }
    }
}
