using DecodingChoices.Runner.Plots;

namespace DecodingChoices.Runner.Tests;

/// <summary>The default command on the bundled data: what it prints, in the tutorial's order, and the plots it writes.</summary>
public sealed class WalkthroughTests(BundledWalkthrough walkthrough) : IClassFixture<BundledWalkthrough>
{
    private CourseRun Run => walkthrough.Run;

    [Fact]
    public void Succeeds_with_nothing_on_standard_error()
    {
        Run.ExitCode.ShouldBe(ExitCodes.Success, Run.ToString());
        Run.Errors.ShouldBeEmpty();
        Run.Json.ShouldBeEmpty();
    }

    [Fact]
    public void Prints_the_shapes_as_numpy_does()
    {
        var lines = Lines();
        var spikes = lines.IndexOf("spikes (276, 691)");
        spikes.ShouldBeGreaterThanOrEqualTo(0, Run.Console);
        lines[spikes + 1].ShouldBe("choices (276,)");
        lines[spikes + 3].ShouldBe("(220, 691)");
        lines[spikes + 4].ShouldBe("(220,)");
    }

    [Fact]
    public void Follows_the_tutorials_order()
    {
        string[] order =
        [
            "spikes (276, 691)",
            "1A  z = Xθ",
            "1B  σ(z) over (−10, 10)",
            "1D  J(θ = 0)               0.6931",
            "loss per iteration:",
            "Converged after",
            "Exercise 2",
            "model = LogisticRegression(); model.fit(X, y); model.score(X, y)",
            "2A  shuffle test: 20 shuffles",
            $"2A shuffle test  {BundledWalkthrough.Shuffles}/{BundledWalkthrough.Shuffles}",
            "shuffles reach the true training accuracy",
            "permutation_test_score(LogisticRegression(), X, y, cv=StratifiedKFold(5), n_permutations=20)",
            "cross-validated accuracy",
            "What this means",
            "Plots (800×600 PNG)",
        ];
        var at = 0;
        foreach (var part in order)
        {
            var found = Run.Console.IndexOf(part, at, StringComparison.Ordinal);
            found.ShouldBeGreaterThan(-1, $"'{part}' should come after the previous part in:\n{Run.Console}");
            at = found + part.Length;
        }
    }

    [Fact]
    public void Reports_perfect_training_accuracy_and_a_small_cross_validated_p_value()
    {
        Run.Console.ShouldContain("training accuracy 1.000");
        // With 20 permutations the smallest possible p-value is 1/21.
        Run.Console.ShouldContain("0 of 20 permutations score as well: p = 0.0476");
    }

    [Fact]
    public void Explains_why_the_shuffled_training_accuracy_is_high_and_what_chance_is()
    {
        var text = string.Join(" ", Lines().Select(l => l.Trim()));
        text.ShouldContain("with 691 neurons and only 220 training trials, the model has more weights than there are trials");
        text.ShouldContain("Why 50% is not chance");
        text.ShouldContain("So the neural responses do carry information about the choice");
    }

    [Fact]
    public void Writes_every_plot_as_an_800_by_600_png_and_prints_its_path()
    {
        string[] names = [TutorialPlots.SigmoidFile, TutorialPlots.LossFile, TutorialPlots.WeightsFile, TutorialPlots.ShuffleHistogramFile, TutorialPlots.PermutationFile];
        foreach (var name in names)
        {
            var path = Path.Combine(walkthrough.OutFolder, name);
            File.Exists(path).ShouldBeTrue(path);
            Run.Console.ShouldContain(name);
            var bytes = File.ReadAllBytes(path);
            Png.HeaderSize(bytes).ShouldBe((TutorialPlots.Width, TutorialPlots.Height), name);
            using var image = Png.Decode(bytes);
            (image.Width, image.Height).ShouldBe((TutorialPlots.Width, TutorialPlots.Height), name);
        }
    }

    [Fact]
    public void Plots_have_their_titles_drawn_with_the_embedded_font()
    {
        using var image = Png.Decode(File.ReadAllBytes(Path.Combine(walkthrough.OutFolder, TutorialPlots.ShuffleHistogramFile)));
        // The title sits in the top band, above the data area: without a font it would be blank.
        Png.DarkPixels(image, 0, 40).ShouldBeGreaterThan(300);
    }

    [Fact]
    public void The_shuffle_histogram_shows_the_red_line_of_the_true_accuracy()
    {
        using var image = Png.Decode(File.ReadAllBytes(Path.Combine(walkthrough.OutFolder, TutorialPlots.ShuffleHistogramFile)));
        var red = 0;
        for (var y = 100; y < 500; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = image.GetPixel(x, y);
                red += pixel.Red > 200 && pixel.Green < 80 && pixel.Blue < 80 ? 1 : 0;
            }
        }

        red.ShouldBeGreaterThan(400);
    }

    private List<string> Lines() => [.. Run.Console.Split('\n').Select(l => l.TrimEnd())];
}
