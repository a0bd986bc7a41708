using DecodingChoices.Runner.Watching;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>course watch</c>: a saved .cs file under src/Exercises triggers a rebuild and a check in fresh processes.</summary>
public sealed class WatchTests
{
    [Fact]
    public void Saving_a_cs_file_calls_back()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("1B-Sigmoid"));
        using var saved = new SemaphoreSlim(0);
        using var watcher = new ExerciseWatcher(folder.Path, TimeSpan.FromMilliseconds(50), () => saved.Release());

        folder.Write(Path.Combine("1B-Sigmoid", "Sigmoid.cs"), "// a student's edit");

        saved.Wait(TimeSpan.FromSeconds(20)).ShouldBeTrue("a save under the watched folder should trigger a re-check");
    }

    [Theory]
    [InlineData("/course/src/Exercises/1B-Sigmoid/Sigmoid.cs", true)]
    [InlineData("/course/src/Exercises/StudentExercises.cs", true)]
    [InlineData("/course/src/Exercises/ANSWERS.md", false)]
    [InlineData("/course/src/Exercises/obj/Debug/net10.0/Exercises.AssemblyInfo.cs", false)]
    [InlineData("/course/src/Exercises/bin/Debug/Generated.cs", false)]
    public void Only_the_students_cs_files_count(string path, bool counts)
    {
        ExerciseWatcher.IsStudentSource(path).ShouldBe(counts);
    }

    [Fact]
    public void A_recheck_builds_the_exercises_then_checks_them_in_a_fresh_process()
    {
        RecheckPlan.Steps.Select(s => $"{s.Program} {string.Join(' ', s.Arguments)}").ShouldBe(
        [
            "dotnet build src/Exercises/Exercises.csproj -nologo -v q -clp:NoSummary",
            "dotnet run --project src/Runner -- check",
        ]);
    }
}
