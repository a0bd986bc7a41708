using System.Diagnostics;
using System.Text.Json;
using DecodingChoices.Grading.Batch;
using DecodingChoices.Grading.Results;
using DecodingChoices.Grading.Tests.Formats;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>
/// <c>course grade --single</c>, as Gradescope's run_autograder calls it: the real command, in its own
/// process, writing one submission's files straight into --out. It runs after the fixture batch, not
/// beside it, so the two do not share the two cores.
/// </summary>
[Collection(Batch.GradedBatchCollection.Name)]
public sealed class GradeCommandTests : IDisposable
{
    private readonly string _out = TestPaths.NewTemporaryFolder();

    [Fact]
    public async Task Grades_one_submission_into_the_output_folder()
    {
        var start = new ProcessStartInfo(WorkerCommand.ForRunnerAssembly(TestPaths.CourseDll).FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { TestPaths.CourseDll, "grade", Path.Combine(TestPaths.Submissions, "partly-correct"), "--single", "--out", _out, "--timeout", "2", "--seed", "42" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(limit.Token);
        process.ExitCode.ShouldBe(0, await error);
        (await output).ShouldContain("37/74");

        JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, ResultFiles.Gradescope))).RootElement.ShouldBeGradescopeResults();
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, ResultFiles.Exercism))).RootElement.ShouldBeExercismResultsV3();
        File.Exists(Path.Combine(_out, ResultFiles.JUnit)).ShouldBeTrue();
        File.ReadAllLines(Path.Combine(_out, Gradebook.FileName))[1].ShouldStartWith("partly-correct,12,12,12,1,0,0,37,74,graded,");
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);
}
