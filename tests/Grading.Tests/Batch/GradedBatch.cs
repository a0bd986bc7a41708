using DecodingChoices.Grading.Batch;
using Xunit;

namespace DecodingChoices.Grading.Tests.Batch;

/// <summary>
/// The fixture batch (Submissions/), graded once for all the tests that read its results: two at a time,
/// <see cref="CheckSeconds"/> per check, hidden seed 42, with real worker processes of the course runner.
/// </summary>
public sealed class GradedBatch : IDisposable
{
    public const ulong HiddenSeed = 42;

    /// <summary>
    /// Seconds per check: wide enough that the correct submission's slowest check (2A's shuffles) passes on a
    /// loaded two-core machine shared with other builds, where 2 s was not.
    /// </summary>
    public const int CheckSeconds = 6;

    public GradedBatch()
    {
        Options = new GradingOptions
        {
            Worker = WorkerCommand.ForRunnerAssembly(TestPaths.CourseDll),
            CheckTimeout = TimeSpan.FromSeconds(CheckSeconds),
            HiddenSeed = HiddenSeed,
            Jobs = 2,
        };
        Students = Directory.GetDirectories(TestPaths.Submissions).Length;
        Out = TestPaths.NewTemporaryFolder();
        Result = new BatchGrader(Options).GradeAllAsync(TestPaths.Submissions, Out).GetAwaiter().GetResult();

        // Kept beside the tests (the output folder is deleted): the last run's gradebook, as the README shows it.
        File.Copy(Result.GradebookPath, Path.Combine(AppContext.BaseDirectory, "last-fixture-gradebook.csv"), overwrite: true);
    }

    public GradingOptions Options { get; }

    public int Students { get; }

    /// <summary>The output folder: gradebook.csv and one folder per student.</summary>
    public string Out { get; }

    public BatchResult Result { get; }

    /// <summary>The graded result of <paramref name="student"/>.</summary>
    public SubmissionResult this[string student] => Result.Submissions.Single(s => s.Student == student);

    /// <summary>The path of one of <paramref name="student"/>'s results files.</summary>
    public string FileOf(string student, string relativePath) => Path.Combine(Out, student, relativePath);

    public void Dispose() => Directory.Delete(Out, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class GradedBatchCollection : ICollectionFixture<GradedBatch>
{
    public const string Name = "graded fixture batch";
}
