using DecodingChoices.Course;
using DecodingChoices.Grading.Compilation;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>Which files of a submission count: the five exercise files, at any depth, and nothing else.</summary>
public sealed class SubmissionFilesTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTemporaryFolder();

    [Fact]
    public void Finds_exercise_files_at_any_depth_and_ignores_the_rest()
    {
        Write("deep/down/Sigmoid.cs");
        Write("LogisticLoss.cs");
        Write("StudentExercises.cs");
        Write("Exercise1A_TransformInputsChecks.cs");
        Write("Directory.Build.props");
        var files = SubmissionFiles.Find(_folder);
        files.Files.Keys.ShouldBe([Exercise.Sigmoid, Exercise.LogisticLoss], ignoreOrder: true);
        files.RelativePaths.ShouldBe(["deep/down/Sigmoid.cs", "LogisticLoss.cs"]);
    }

    [Fact]
    public void The_copy_nearest_the_top_wins()
    {
        Write("b/old/ComputeH.cs");
        Write("a/ComputeH.cs");
        Write("z/ComputeH.cs");
        SubmissionFiles.Find(_folder).RelativePaths.ShouldBe(["a/ComputeH.cs"]);
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        var missing = Path.Combine(_folder, "nobody");
        Should.Throw<DirectoryNotFoundException>(() => SubmissionFiles.Find(missing)).Message.ShouldContain(missing);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relativePath)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "// " + relativePath);
    }
}
