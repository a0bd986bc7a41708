using DecodingChoices.Grading.Remote;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>
/// The worker's folder, the only course files bound into the sandbox, has every assembly the toolkit needs at run
/// time: a package missing there fails a student's exercise with FileNotFoundException, not the grader.
/// </summary>
public sealed class WorkerFilesTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTemporaryFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_worker_folder_has_the_toolkit_and_each_of_its_packages()
    {
        var worker = WorkerFiles.Stage(_folder);

        File.Exists(worker).ShouldBeTrue();
        var staged = Directory.GetFiles(_folder, "*.dll").Select(Path.GetFileName).ToList();
        foreach (var needed in new[] { "DecodingChoices.Toolkit.dll", "System.Numerics.Tensors.dll", "System.IO.Hashing.dll", "CsvHelper.dll" })
        {
            staged.ShouldContain(needed, $"staged: {string.Join(", ", staged)}");
        }

        // Found from the toolkit's references, so nothing of the grader's own comes along.
        staged.ShouldNotContain("DecodingChoices.Solutions.dll");
        staged.ShouldNotContain("DecodingChoices.HiddenChecks.dll");
        staged.ShouldNotContain("DecodingChoices.Grading.dll");
    }
}
