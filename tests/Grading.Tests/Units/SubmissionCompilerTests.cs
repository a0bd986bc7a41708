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

    [Theory]
    [InlineData("double[] h = null;", true)]
    [InlineData("double[] h = null!;", false)]
    public void A_nullable_slip_compiles_with_a_warning_as_in_the_students_build(string declaration, bool warns)
    {
        File.WriteAllText(Path.Combine(_folder, "Sigmoid.cs"), $$"""
            namespace DecodingChoices.Exercises;

            public sealed partial class StudentExercises
            {
                public double[] Sigmoid(double[] z)
                {
                    {{declaration}}
                    h = new double[z.Length];
                    for (int i = 0; i < z.Length; i++) h[i] = 1.0 / (1.0 + Math.Exp(-z[i]));
                    return h;
                }
            }
            """);
        var outcome = SubmissionCompiler.Compile(SubmissionFiles.Find(_folder), Path.Combine(_folder, "out", "nullable.dll"));
        outcome.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Errors));
        outcome.Errors.ShouldBeEmpty();
        if (warns)
        {
            outcome.Warnings.ShouldContain(w => w.File == "Sigmoid.cs" && w.Line == 7 && w.Code == "CS8600" && !w.IsError);
        }
        else
        {
            outcome.Warnings.ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_forbidden_api_is_a_compile_error_with_the_course_id()
    {
        File.WriteAllText(Path.Combine(_folder, "Sigmoid.cs"), """
            namespace DecodingChoices.Exercises;

            public sealed partial class StudentExercises
            {
                public double[] Sigmoid(double[] z)
                {
                    var answers = File.ReadAllText("/tmp/answers.txt");
                    return answers.Split(',').Select(double.Parse).ToArray();
                }
            }
            """);
        var outcome = SubmissionCompiler.Compile(SubmissionFiles.Find(_folder), Path.Combine(_folder, "out", "forbidden.dll"));
        outcome.Succeeded.ShouldBeFalse();
        File.Exists(Path.Combine(_folder, "out", "forbidden.dll")).ShouldBeFalse();
        var error = outcome.Errors.ShouldHaveSingleItem();
        error.ToString().ShouldBe(
            "Sigmoid.cs(7,23): error COURSE006: Exercise 1B (Sigmoid): 'File.ReadAllText' uses the file system, which exercise code must not use: " +
            "an exercise gets its trials and neurons as parameters and returns its answer, and the autograder refuses to grade code that reaches outside it");
    }

    [Fact]
    public void The_course_analyzers_warnings_are_messages_not_errors()
    {
        File.WriteAllText(Path.Combine(_folder, "EvaluateAccuracy.cs"), """
            namespace DecodingChoices.Exercises;

            public sealed partial class StudentExercises
            {
                public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y)
                {
                    var h = ComputeH(thetaHat, X);
                    int correct = 0;
                    for (int i = 0; i < y.Length; i++) correct += (h[i] > 0.5 ? 1 : 0) == y[i] ? 1 : 0;
                    return correct / y.Length;
                }
            }
            """);
        var outcome = SubmissionCompiler.Compile(SubmissionFiles.Find(_folder), Path.Combine(_folder, "out", "coached.dll"));
        outcome.Succeeded.ShouldBeTrue(string.Join("\n", outcome.Errors));
        outcome.Warnings.Select(w => $"{w.File}({w.Line},{w.Column}) {w.Code}").ShouldBe(
            ["EvaluateAccuracy.cs(9,56) COURSE005", "EvaluateAccuracy.cs(10,16) COURSE001"], ignoreOrder: true);
    }

    [Fact]
    public void The_students_build_uses_the_same_policy_file_and_promotes_no_warning()
    {
        var exercises = Path.Combine(RepositoryRoot(), "src", "Exercises");
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(exercises, "Exercises.csproj"));
        var elements = project.Descendants().ToList();
        elements.ShouldContain(e => e.Name.LocalName == "GlobalAnalyzerConfigFiles" && (string?)e.Attribute("Include") == "exercises.globalconfig");
        elements.Where(e => e.Name.LocalName == "TreatWarningsAsErrors").Select(e => e.Value).ShouldBe(["false"]);
        elements.ShouldNotContain(e => e.Name.LocalName == "WarningsAsErrors" || e.Name.LocalName == "WarningsNotAsErrors");

        // The grader's embedded copy is the file the student's build reads.
        using var embedded = typeof(DecodingChoices.Autograder.Compilation.ExerciseCompiler).Assembly.GetManifestResourceStream("Exercises/exercises.globalconfig")!;
        new StreamReader(embedded).ReadToEnd().ShouldBe(File.ReadAllText(Path.Combine(exercises, "exercises.globalconfig")));
    }

    private static string RepositoryRoot() => DecodingChoices.Course.RepositorySearch.RootAboveAssembly();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
