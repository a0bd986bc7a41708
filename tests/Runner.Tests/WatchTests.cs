using DecodingChoices.Runner.Watching;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>course watch</c>: a saved .cs file under src/Exercises is compiled in memory and checked, in the watching process.</summary>
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
    public void A_recheck_compiles_the_exercises_in_memory_and_checks_them()
    {
        using var repository = ShippedRepository.Copy();
        var console = new Spectre.Console.Testing.TestConsole();
        console.Profile.Width = 200;
        using var recheck = new InMemoryRecheck(console, repository.Root);

        var board = recheck.Run();

        board.ShouldNotBeNull(console.Output);
        board.DoneCount.ShouldBe(0);
        console.Output.ShouldContain("Compiled and checked in");
    }

    [Fact]
    public void A_compile_error_names_the_file_and_line_from_the_repository_root()
    {
        using var repository = ShippedRepository.Copy();
        File.AppendAllText(Path.Combine(repository.Root, "src/Exercises/1B-Sigmoid/Sigmoid.cs"), "\nclass Broken { int x = }\n");
        var console = new Spectre.Console.Testing.TestConsole();
        console.Profile.Width = 200;
        using var recheck = new InMemoryRecheck(console, repository.Root);

        recheck.Run().ShouldBeNull();

        console.Output.ShouldContain("src/Exercises/1B-Sigmoid/Sigmoid.cs(");
        console.Output.ShouldContain("does not compile");
        console.Output.ShouldNotContain(repository.Root);
    }

    [Fact]
    public void Each_round_loads_a_new_version_of_the_code()
    {
        using var repository = ShippedRepository.Copy();
        var console = new Spectre.Console.Testing.TestConsole();
        using var recheck = new InMemoryRecheck(console, repository.Root);
        recheck.Run()!.Exercises[1].State.ShouldBe(Checks.ExerciseState.NotStarted);

        var sigmoid = Path.Combine(repository.Root, "src/Exercises/1B-Sigmoid/Sigmoid.cs");
        File.WriteAllText(sigmoid, ShippedRepository.Sigmoid);

        recheck.Run()!.Exercises[1].State.ShouldBe(Checks.ExerciseState.Done);
    }
}
