using System.Text.Json;
using DecodingChoices.Models;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>--track exercises</c>: the walkthrough stops at the first exercise not done, or at exercise code that fails, and says which.</summary>
public sealed class StudentTrackTests
{
    [Fact]
    public void The_shipped_stubs_stop_at_1A_with_its_guidance_and_exit_code_3()
    {
        var run = CourseRun.Of("--track", "exercises", "--no-plots");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseNotDone, run.ToString());
        run.Console.ShouldContain("spikes (276, 691)");
        run.Console.ShouldContain("Stopped at Exercise 1A (TransformInputs): it is not done yet.");
        run.Console.ShouldContain("Open src/Exercises/1A-TransformInputs/ and read INSTRUCTIONS.md there.");
        run.Console.ShouldContain("dotnet run --project src/Runner -- hint 1A");
        run.Console.ShouldNotContain("Exercise 2");
    }

    [Fact]
    public void The_json_says_where_it_stopped()
    {
        var run = CourseRun.Of("--track", "exercises", "--json");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseNotDone, run.ToString());
        using var document = JsonDocument.Parse(run.Json);
        var stop = document.RootElement.GetProperty("stoppedAt");
        stop.GetProperty("exercise").GetString().ShouldBe("1A");
        stop.GetProperty("notImplemented").GetBoolean().ShouldBeTrue();
        stop.GetProperty("folder").GetString().ShouldBe("src/Exercises/1A-TransformInputs");
        document.RootElement.TryGetProperty("exercise1", out _).ShouldBeFalse();
        document.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(ExitCodes.ExerciseNotDone);
    }

    [Fact]
    public void An_exception_in_student_code_is_named_with_its_exercise_and_exit_code_4()
    {
        var track = new AlteredTrack { SigmoidOverride = z => [z[z.Length]] };

        var run = CourseRun.With(track.AsProvider(), "--track", "exercises", "--no-plots");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseFailed, run.ToString());
        run.Console.ShouldContain("Stopped: Exercise 1B (Sigmoid) threw IndexOutOfRangeException");
        run.Console.ShouldNotContain("   at ", Case.Sensitive, "no stack trace");
    }

    [Fact]
    public void Shuffling_y_itself_in_2A_is_caught_and_named()
    {
        var track = new AlteredTrack
        {
            ShuffledAccuraciesOverride = (X, y, shuffles, random) =>
            {
                var accuracies = new double[shuffles];
                for (var i = 0; i < shuffles; i++)
                {
                    random.Shuffle(y.AsSpan());
                    accuracies[i] = new LogisticRegression().Fit(X, y).Score(X, y);
                }

                return accuracies;
            },
        };

        var run = CourseRun.With(track.AsProvider(), "--data", Fixtures.Path("small.csv"), "--shuffles", "5", "--no-plots");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseFailed, run.ToString());
        run.Console.ShouldContain("Stopped: Exercise 2A (ShuffledAccuracies) shuffled y itself");
    }

    [Fact]
    public void Too_few_accuracies_from_2A_are_caught_and_named()
    {
        var track = new AlteredTrack { ShuffledAccuraciesOverride = (_, _, shuffles, _) => new double[shuffles - 1] };

        var run = CourseRun.With(track.AsProvider(), "--data", Fixtures.Path("small.csv"), "--shuffles", "5", "--no-plots");

        run.ExitCode.ShouldBe(ExitCodes.ExerciseFailed, run.ToString());
        run.Console.ShouldContain("Exercise 2A (ShuffledAccuracies) returned 4 accuracies when asked for 5 shuffles");
    }
}
