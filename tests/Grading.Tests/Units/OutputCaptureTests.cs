using DecodingChoices.Grading.Worker;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>What student code prints is kept up to a cap and counted beyond it; results files cut it to their limits.</summary>
public sealed class OutputCaptureTests
{
    [Fact]
    public void Keeps_the_first_characters_and_counts_them_all()
    {
        var writer = new BoundedTextWriter(10);
        writer.Write("0123456");
        writer.WriteLine("789abc");
        writer.Write('x');
        var captured = writer.Captured;
        captured.Text.ShouldBe("0123456789");
        captured.Length.ShouldBe(7 + 6 + writer.NewLine.Length + 1);
        captured.IsTruncated.ShouldBeTrue();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(120)]
    public void Shortened_output_fits_the_limit_and_says_it_was_cut(int limit)
    {
        var output = new CapturedOutput(new string('a', 8000), 1_000_000);
        var text = output.Shorten(limit);
        text.Length.ShouldBeLessThanOrEqualTo(limit);
        text.ShouldContain("[output truncated: your code printed 1,000,000 characters");
    }

    [Fact]
    public void Short_output_is_left_as_it_is()
    {
        new CapturedOutput("loss = 0.69\n", 12).Shorten(500).ShouldBe("loss = 0.69\n");
    }
}
