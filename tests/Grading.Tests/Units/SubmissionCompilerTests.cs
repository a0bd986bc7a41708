using DecodingChoices.Grading.Compilation;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>A submission compiles with the shipped stubs for what it leaves out, and against the toolkit only.</summary>
public sealed class SubmissionCompilerTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTemporaryFolder();

    [Fact]
    public void An_empty_submission_compiles_to_the_shipped_stubs()
    {
        var outcome = SubmissionCompiler.Compile(SubmissionFiles.Find(_folder), Path.Combine(_folder, "out", "stubs.dll"));
        outcome.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Errors));
        File.Exists(outcome.AssemblyPath).ShouldBeTrue();
    }

    [Fact]
    public void The_reference_track_cannot_be_called_from_a_submission()
    {
        File.WriteAllText(Path.Combine(_folder, "Sigmoid.cs"), """
            namespace DecodingChoices.Exercises;

            public sealed partial class StudentExercises
            {
                public double[] Sigmoid(double[] z) => new DecodingChoices.Solutions.ReferenceExercises().Sigmoid(z);
            }
            """);
        var outcome = SubmissionCompiler.Compile(SubmissionFiles.Find(_folder), Path.Combine(_folder, "out", "cheat.dll"));
        outcome.Succeeded.ShouldBeFalse();
        outcome.Errors.ShouldContain(e => e.File == "Sigmoid.cs" && e.Line == 5 && e.Code == "CS0234");
    }

    [Fact]
    public void Errors_name_the_file_line_and_column()
    {
        File.WriteAllText(Path.Combine(_folder, "ComputeH.cs"), """
            namespace DecodingChoices.Exercises;

            public sealed partial class StudentExercises
            {
                public double[] ComputeH(double[] theta, double[,] X) => Sigmoid(Transform(theta, X));
            }
            """);
        var outcome = SubmissionCompiler.Compile(SubmissionFiles.Find(_folder), Path.Combine(_folder, "out", "broken.dll"));
        outcome.Succeeded.ShouldBeFalse();
        outcome.Errors.Count.ShouldBe(1);
        outcome.Errors[0].ToString().ShouldBe("ComputeH.cs(5,70): error CS0103: The name 'Transform' does not exist in the current context");
        outcome.Errors.ShouldAllBe(e => e.IsError);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
