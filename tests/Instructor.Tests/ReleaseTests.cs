using DecodingChoices.Course;
using DecodingChoices.Instructor.Release;
using DecodingChoices.Runner;
using DecodingChoices.Runner.Output;
using Spectre.Console.Testing;

namespace DecodingChoices.Instructor.Tests;

/// <summary>
/// <c>course-instructor release</c> end to end, once for the class: the student repository is written into a
/// temporary folder, built from scratch, its autograder run on the pristine stubs and every file scanned (the
/// command's own verification), and then these tests look at what it wrote.
/// </summary>
public sealed class ReleasedRepository : IDisposable
{
    public ReleasedRepository()
    {
        Parent = Directory.CreateTempSubdirectory("release-test-").FullName;
        Target = Path.Combine(Parent, "student");
        var console = new TestConsole();
        console.Profile.Width = 200;
        var errors = new StringWriter();
        var app = InstructorApp.Create(new RunnerOutput(console, new StringWriter(), errors, LiveProgress: false));
        ExitCode = app.Run(["release", Target]);
        Output = console.Output + errors;
    }

    public string Parent { get; }

    public string Target { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public IReadOnlyList<string> Files =>
        [.. Directory.EnumerateFiles(Target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Target, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}

public sealed class ReleaseTests(ReleasedRepository release) : IClassFixture<ReleasedRepository>
{
    [Fact]
    public void The_release_builds_fails_every_visible_check_as_not_implemented_and_holds_no_instructor_only_text()
    {
        release.ExitCode.ShouldBe(0, release.Output);
        release.Output.ShouldContain("visible checks fail with the not-implemented guidance");
        release.Output.ShouldContain("no instructor-only text");
    }

    [Fact]
    public void It_holds_the_course_and_none_of_the_instructors_kit()
    {
        var files = release.Files;
        files.ShouldContain("README.md");
        files.ShouldContain("Course.sln");
        files.ShouldContain(".github/workflows/course.yml");
        files.ShouldContain("data/steinmetz_standin.csv");
        files.ShouldContain("tests/Exercises.Tests/Exercises.Tests.csproj");
        foreach (var exercise in Exercise.All)
        {
            files.ShouldContain($"{exercise.RepositoryFolder}/{exercise.MainFile}");
            files.ShouldContain($"{exercise.RepositoryFolder}/{Exercise.ManifestFile}");
            files.ShouldContain($"{exercise.RepositoryFolder}/INSTRUCTIONS.md");
            files.ShouldContain($"{exercise.RepositoryFolder}/hints.md");
            files.ShouldContain(f => f.StartsWith($"{exercise.RepositoryFolder}/Checks/", StringComparison.Ordinal));
        }

        string[] instructorOnly = ["src/Solutions/", "src/HiddenChecks/", "src/Grading/", "src/Instructor/", "benchmarks/", "docs/instructors/", "tests/Toolkit.Tests/", "tests/Grading.Tests/", "tests/Runner.Tests/", "grading/", ".ci/"];
        foreach (var prefix in instructorOnly)
        {
            files.ShouldNotContain(f => f.StartsWith(prefix, StringComparison.Ordinal), $"the student repository holds {prefix}");
        }

        files.ShouldNotContain(f => f.Split('/').Contains("bin") || f.Split('/').Contains("obj"));
        File.ReadAllText(Path.Combine(release.Target, "Course.sln")).ShouldNotContain("Solutions.csproj");
    }

    [Fact]
    public void Its_stubs_are_the_pristine_stubs_whatever_the_instructors_working_copy_holds()
    {
        foreach (var exercise in Exercise.All)
        {
            File.ReadAllText(Path.Combine(release.Target, exercise.RepositoryFolder, exercise.MainFile)).ShouldBe(StubWriter.Render(exercise));
        }
    }

    [Fact]
    public void Its_README_starts_with_its_own_two_commands()
    {
        var readme = File.ReadAllText(Path.Combine(release.Target, "README.md"));
        var commands = readme.Split('\n').Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).Take(2).ToList();
        commands[0].ShouldStartWith("dotnet run --project src/Runner");
        commands[1].ShouldStartWith("dotnet test tests/Exercises.Tests");
        readme.ShouldNotContain("src/Solutions");
    }

    [Fact]
    public void A_second_release_into_the_same_folder_is_refused_and_changes_nothing()
    {
        var before = release.Files;
        var errors = new StringWriter();
        var exit = InstructorApp.Create(new RunnerOutput(new TestConsole(), new StringWriter(), errors, LiveProgress: false)).Run(["release", release.Target]);
        exit.ShouldBe(ExitCodes.BadInput);
        errors.ToString().ShouldContain("is not empty");
        release.Files.ShouldBe(before);
    }
}

/// <summary>The student repository's CI: plain GitHub Actions, no discontinued GitHub Classroom actions.</summary>
public sealed class StudentWorkflowTests
{
    private static readonly string[] Workflow = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Release", "student-workflow.yml"));

    [Fact]
    public void It_uses_only_the_standard_actions()
    {
        var uses = Workflow.Select(l => l.Trim()).Where(l => l.StartsWith("- uses:", StringComparison.Ordinal) || l.StartsWith("uses:", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("uses:", StringComparison.Ordinal) + 5)..].Trim().Split('@')[0]).Distinct().Order().ToList();
        uses.ShouldBe(["actions/checkout", "actions/setup-dotnet", "actions/upload-artifact"]);
        Workflow.ShouldNotContain(l => l.Contains("classroom-resources", StringComparison.Ordinal));
    }

    [Fact]
    public void It_runs_the_visible_checks_and_writes_the_points_into_the_summary()
    {
        Workflow.ShouldContain(l => l.Contains("dotnet test tests/Exercises.Tests", StringComparison.Ordinal));
        Workflow.ShouldContain(l => l.Contains("check --json", StringComparison.Ordinal));
        Workflow.ShouldContain(l => l.Contains("GITHUB_STEP_SUMMARY", StringComparison.Ordinal));
    }
}
