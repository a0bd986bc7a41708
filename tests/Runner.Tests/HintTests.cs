using System.Text.Json;
using DecodingChoices.Runner.Hints;

namespace DecodingChoices.Runner.Tests;

/// <summary><c>course hint 1B</c>: one more hint each time, remembered in out/.hints.json.</summary>
public sealed class HintTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Each_call_shows_the_next_hint_and_the_last_one_repeats()
    {
        var hints = HintCatalog.For("1B");
        for (var i = 0; i < hints.Count + 2; i++)
        {
            var run = Hint("1B");
            run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
            var number = Math.Min(i + 1, hints.Count);
            run.Console.ShouldContain($"Hint {number} of {hints.Count} for Exercise 1B (Sigmoid):");
            OneLine(run.Console).ShouldContain(hints[number - 1]);
        }
    }

    [Fact]
    public void Exercises_are_counted_separately_and_case_does_not_matter()
    {
        Hint("1b");
        Hint("1B");

        Hint("1D").Console.ShouldContain("Hint 1 of");
        Hint("1b").Console.ShouldContain("Hint 3 of");
        File.ReadAllText(_folder.File(HintLedger.FileName)).ShouldContain("\"1B\": 3");
    }

    [Fact]
    public void Reset_starts_again_from_the_first()
    {
        Hint("2A");
        Hint("2A");

        CourseRun.Of("hint", "2A", "--reset", "--out", _folder.Path).ExitCode.ShouldBe(ExitCodes.Success);

        Hint("2A").Console.ShouldContain("Hint 1 of");
    }

    [Fact]
    public void Without_an_exercise_the_hint_is_for_the_first_one_not_done()
    {
        var run = Hint();

        run.Console.ShouldContain("for Exercise 1A (TransformInputs)");
    }

    [Fact]
    public void The_interpretation_questions_have_hints_too()
    {
        Hint("2B").Console.ShouldContain("Exercise 2B (interpretation)");
    }

    [Fact]
    public void Json_gives_the_hint_and_its_place()
    {
        var run = CourseRun.Of("hint", "1C", "--out", _folder.Path, "--json");

        using var document = JsonDocument.Parse(run.Json);
        document.RootElement.GetProperty("exercise").GetString().ShouldBe("1C");
        document.RootElement.GetProperty("number").GetInt32().ShouldBe(1);
        document.RootElement.GetProperty("of").GetInt32().ShouldBe(HintCatalog.For("1C").Count);
        document.RootElement.GetProperty("instructions").GetString().ShouldBe("src/Exercises/1C-ComputeH/INSTRUCTIONS.md");
    }

    [Fact]
    public void Every_exercise_has_at_least_three_hints()
    {
        foreach (var id in HintCatalog.Ids)
        {
            HintCatalog.For(id).Count.ShouldBeGreaterThanOrEqualTo(3, id);
        }
    }

    public void Dispose() => _folder.Dispose();

    private static string OneLine(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private CourseRun Hint(params string[] exercise) => CourseRun.Of(["hint", .. exercise, "--out", _folder.Path]);
}
