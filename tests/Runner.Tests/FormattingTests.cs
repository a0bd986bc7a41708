using DecodingChoices.Runner.Output;
using DecodingChoices.Runner.Plots;
using DecodingChoices.Runner.Progress;
using DecodingChoices.Runner.Tutorial;

namespace DecodingChoices.Runner.Tests;

/// <summary>The small pieces of text and plot layout the commands are built from.</summary>
public sealed class FormattingTests
{
    [Fact]
    public void Paragraphs_wrap_at_spaces_with_a_hanging_indent()
    {
        var lines = TextWrap.Lines("- one two three four five six", 12, "  ").ToList();

        lines.ShouldBe(["- one two", "  three four", "  five six"]);
        lines.ShouldAllBe(l => l.Length <= 12);
    }

    [Fact]
    public void A_word_longer_than_the_line_gets_a_line_of_its_own()
    {
        TextWrap.Lines("a verylongword b", 5).ShouldBe(["a", "verylongword", "b"]);
    }

    [Fact]
    public void The_loss_history_prints_five_per_line()
    {
        var lines = WalkthroughPrinter.LossLines([0.6931, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625]).ToList();

        lines.Count.ShouldBe(2);
        lines[0].ShouldStartWith("  0: 0.6931");
        lines[1].ShouldStartWith("  5: 0.03125");
        lines[1].ShouldContain("6: 0.01562");
    }

    [Fact]
    public void A_long_loss_history_shows_its_start_and_its_end()
    {
        var history = Enumerable.Range(0, 300).Select(i => 1.0 / (i + 1)).ToList();

        var text = string.Join("\n", WalkthroughPrinter.LossLines(history));

        text.ShouldContain("  0: 1");
        text.ShouldContain("…");
        text.ShouldContain("299: 0.003333");
        text.ShouldNotContain(" 100: ");
    }

    [Fact]
    public void Histogram_bins_count_every_value_even_when_all_are_equal()
    {
        var step = 1.0 / 220;

        TutorialPlots.BinCounts(Enumerable.Repeat(1.0, 1000), 1 - step / 2, 1 + step / 2, step).ShouldBe([1000]);
        TutorialPlots.BinCounts([0.05, 0.15, 0.95, 1.0], 0, 1, 0.1).ShouldBe([1, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
    }

    [Fact]
    public void Plain_progress_lines_give_the_count_the_rate_and_the_time_left()
    {
        PlainProgress.Line("2A shuffle test", 250, 1000, TimeSpan.FromSeconds(1)).ShouldBe("    2A shuffle test  250/1000  250/s  about 3 s left");
        PlainProgress.Line("2A shuffle test", 1000, 1000, TimeSpan.FromSeconds(4)).ShouldBe("    2A shuffle test  1000/1000  250/s  done in 4.0 s");
    }

    [Fact]
    public void Exercise_folders_follow_the_id_and_method()
    {
        DecodingChoices.Course.Exercise.ShuffleTest.RepositoryFolder.ShouldBe("src/Exercises/2A-ShuffledAccuracies");
        Directory.Exists(Path.Combine(CourseRepository.Root(), DecodingChoices.Course.Exercise.Sigmoid.RepositoryFolder)).ShouldBeTrue();
    }
}
