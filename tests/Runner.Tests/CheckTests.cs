using System.Text.Json;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>course check</c>: each exercise done, failing or not started, rustlings-style, with the first failure.</summary>
public sealed class CheckTests
{
    [Fact]
    public void The_shipped_stubs_are_all_not_started_and_the_first_is_explained()
    {
        var run = CourseRun.Of("check");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseNotDone, run.ToString());
        run.Console.ShouldContain("· 1A  Compute z = Xθ");
        run.Console.Split('\n').Count(l => l.Contains("not started")).ShouldBe(6);
        run.Console.ShouldContain("0 of 6 done. Next: Exercise 1A (TransformInputs), in src/Exercises/1A-TransformInputs/");
        run.Console.ShouldContain("Exercise 1A (TransformInputs) is not implemented yet");
        run.Console.ShouldContain("hint 1A");
    }

    [Fact]
    public void The_reference_track_is_all_done()
    {
        var run = CourseRun.Of("check", "--track", "solutions");

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Console.Split('\n').Count(l => l.Contains(" done ")).ShouldBe(6);
        run.Console.ShouldContain("All 6 exercises are done.");
    }

    [Fact]
    public void A_mistake_shows_as_failing_with_the_autograders_explanation()
    {
        var flippedSign = new AlteredTrack { SigmoidOverride = z => [.. z.Select(v => 1 / (1 + Math.Exp(v)))] };

        var run = CourseRun.With(flippedSign.AsProvider(), "check");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseFailed, run.ToString());
        run.Console.ShouldContain("✗ 1B");
        run.Console.ShouldContain("✓ 1A");
        run.Console.ShouldContain("First failure:");
        run.Console.ShouldContain("Exercise 1B (Sigmoid) — ");
        run.Console.ShouldContain("Expected:");
    }

    [Fact]
    public void Json_lists_every_exercise_with_its_state_and_first_failure()
    {
        var run = CourseRun.Of("check", "--json");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseNotDone, run.ToString());
        using var document = JsonDocument.Parse(run.Json);
        var root = document.RootElement;
        root.GetProperty("done").GetInt32().ShouldBe(0);
        root.GetProperty("next").GetString().ShouldBe("1A");
        var exercises = root.GetProperty("exercises").EnumerateArray().ToList();
        exercises.Select(e => e.GetProperty("id").GetString()).ShouldBe(["1A", "1B", "1C", "1D", "1E", "2A"]);
        exercises.ShouldAllBe(e => e.GetProperty("state").GetString() == "notStarted");
        exercises[0].GetProperty("firstFailure").GetProperty("kind").GetString().ShouldBe("notImplemented");
    }
}
