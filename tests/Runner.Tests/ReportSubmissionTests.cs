using DecodingChoices.Course;
using DecodingChoices.Runner.Plots;
using DecodingChoices.Runner.Report;
using SkiaSharp;

namespace DecodingChoices.Runner.Tests;

/// <summary>
/// The report as a submission: whose it is, the student's code, no absolute paths, clean printed pages,
/// and a shuffle histogram whose true accuracy stays visible.
/// </summary>
public sealed class ReportSubmissionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void The_name_from_name_is_shown_encoded_and_kept_for_the_next_report()
    {
        var out_ = _folder.File("out");
        var first = CourseRun.Of("report", "--name", "Ada <Lovelace>", "--no-plots", "--out", out_);
        first.ExitCode.ShouldBe(ExitCodes.Success, first.ToString());
        File.ReadAllText(Path.Combine(out_, SubmissionReport.FileName)).ShouldContain("<dt>Name</dt><dd>Ada &lt;Lovelace&gt;</dd>");
        File.Exists(Path.Combine(out_, StudentNameStore.FileName)).ShouldBeTrue();

        var second = CourseRun.Of("report", "--no-plots", "--out", out_);

        second.ExitCode.ShouldBe(ExitCodes.Success, second.ToString());
        File.ReadAllText(Path.Combine(out_, SubmissionReport.FileName)).ShouldContain("<dt>Name</dt><dd>Ada &lt;Lovelace&gt;</dd>", Case.Sensitive, "kept in out/.student.json");
    }

    [Fact]
    public void The_name_comes_from_the_option_then_the_kept_name_then_git_then_asking()
    {
        StudentName.Resolve(" Ada ", () => "Kept", () => "Git", () => "Asked").ShouldBe("Ada");
        StudentName.Resolve(null, () => "Kept", () => "Git", () => "Asked").ShouldBe("Kept");
        StudentName.Resolve(null, () => null, () => "Git\n", () => "Asked").ShouldBe("Git");
        StudentName.Resolve(null, () => null, () => null, () => "Asked").ShouldBe("Asked");
        StudentName.Resolve(null, () => " ", () => null, ask: null).ShouldBeNull("output redirected: nobody is asked");
    }

    [Fact]
    public void An_empty_name_is_a_bad_option()
    {
        var run = CourseRun.Of("report", "--name", " ", "--no-plots", "--out", _folder.File("out"));

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.ToString());
        run.Errors.ShouldContain("--name");
        File.Exists(Path.Combine(_folder.File("out"), SubmissionReport.FileName)).ShouldBeFalse();
    }

    [Fact]
    public void Shows_each_exercise_file_highlighted_and_has_no_absolute_path_and_a_print_stylesheet()
    {
        var answers = _folder.Write("ANSWERS.md", "## Question\n\nAn answer.\n");
        var out_ = _folder.File("out");

        var run = CourseRun.Of("report", "--track", "solutions", "--shuffles", "10", "--answers", answers, "--out", out_, "--data", Fixtures.Path("small.csv"));

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var html = File.ReadAllText(Path.Combine(out_, SubmissionReport.FileName));
        html.ShouldContain("<section id=\"code\">");
        foreach (var exercise in Exercise.All)
        {
            foreach (var file in exercise.Files)
            {
                html.ShouldContain($"<code>{exercise.RepositoryFolder}/{file}</code></h3>");
            }
        }

        html.ShouldContain("<pre class=\"code\"><code>");
        html.ShouldContain("<span class=\"k\">public</span>");
        html.ShouldNotContain(CourseRepository.Root(), Case.Sensitive, "paths are relative to the repository");
        html.ShouldNotContain(_folder.Path, Case.Sensitive, "files outside the repository are named by their file name");
        html.ShouldContain("@media print");
        html.ShouldContain("section + section { break-before: page;");
        html.ShouldContain("nav { display: none; }");
        html.ShouldContain("white-space: pre-wrap");
        html.ShouldContain("figure img { max-width: 100%;");
    }

    [Fact]
    public void The_highlighter_encodes_everything_and_marks_keywords_strings_comments_and_numbers()
    {
        var html = CSharpHighlighter.ToHtml("if (a < b && s == \"</pre>\") return 1.5e3; // <b>done</b>\nvar c = '<';");

        html.ShouldBe(
            "<span class=\"k\">if</span> (a &lt; b &amp;&amp; s == <span class=\"s\">&quot;&lt;/pre&gt;&quot;</span>) <span class=\"k\">return</span> "
            + "<span class=\"n\">1.5e3</span>; <span class=\"c\">// &lt;b&gt;done&lt;/b&gt;</span>\n<span class=\"k\">var</span> c = <span class=\"s\">&#39;&lt;&#39;</span>;");
    }

    [Fact]
    public void Paths_are_shown_relative_to_the_repository()
    {
        var root = Path.Combine(_folder.Path, "repo");
        RepositoryPath.Relative(Path.Combine(root, "src", "Exercises", "ANSWERS.md"), root).ShouldBe("src/Exercises/ANSWERS.md");
        RepositoryPath.Relative(Path.Combine(_folder.Path, "elsewhere", "data.csv"), root).ShouldBe("data.csv");
        RepositoryPath.Scrub($"wrote {Path.Combine(root, "out", "a.png")}", root).ShouldBe("wrote out/a.png");
    }

    [Fact]
    public void The_true_accuracy_stays_visible_when_every_shuffle_reaches_it()
    {
        using var plot = TutorialPlots.ShuffleHistogram("Exercise 2A", [1.0, 1.0, 1.0, 1.0], 1.0, 220);
        var path = _folder.File("histogram.png");
        plot.SavePng(path, TutorialPlots.Width, TutorialPlots.Height);

        using var image = Png.Decode(File.ReadAllBytes(path));
        image.Width.ShouldBe(TutorialPlots.Width);
        RedPixels(image).ShouldBeGreaterThan(1500, "the thick line, the marker and the label's border are drawn over the bar");
    }

    public void Dispose() => _folder.Dispose();

    private static int RedPixels(SKBitmap image)
    {
        var red = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = image.GetPixel(x, y);
                red += pixel.Red > 180 && pixel.Green < 90 && pixel.Blue < 90 ? 1 : 0;
            }
        }

        return red;
    }
}
