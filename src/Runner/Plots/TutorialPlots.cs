using System.Globalization;
using DecodingChoices.Runner.Tutorial;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace DecodingChoices.Runner.Plots;

/// <summary>
/// The tutorial's figures as PNG files: σ(z) (Exercise 1B's <c>plot_function</c>), the loss per iteration
/// and the fitted weights (1E), the histogram of shuffled accuracies with the true accuracy as a red line
/// (2A), and the permutation test's null distribution with the real score.
/// </summary>
internal static class TutorialPlots
{
    /// <summary>The size of every plot, in pixels.</summary>
    public const int Width = 800;

    /// <inheritdoc cref="Width"/>
    public const int Height = 600;

    public const string SigmoidFile = "1B_sigmoid.png";
    public const string LossFile = "1E_loss_per_iteration.png";
    public const string WeightsFile = "1E_weights_sorted.png";
    public const string ShuffleHistogramFile = "2A_shuffle_histogram.png";
    public const string PermutationFile = "permutation_test_null.png";

    /// <summary>Writes the plots of every step <paramref name="result"/> got through into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<PlotFile> Write(TutorialResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var files = new List<PlotFile>();
        if (result.Exercise1Steps?.SigmoidCurve is { } curve)
        {
            // Stopped inside Exercise 1: 1B's plot as soon as 1B passes (its instructions send the student to look at it).
            files.Add(Save(folder, SigmoidFile, "Exercise 1B: the sigmoid σ(z) over (−10, 10)", title => Sigmoid(title, curve.Z, curve.Sigma)));
        }

        if (result.Exercise1Steps?.Fit is { } partialFit)
        {
            files.Add(Save(folder, LossFile, "Exercise 1E: the loss J(θ) per iteration", title => LossPerIteration(title, partialFit.LossHistory)));
        }

        if (result.Exercise1 is { } exercise1)
        {
            files.Add(Save(folder, SigmoidFile, "Exercise 1B: the sigmoid σ(z) over (−10, 10)",
                title => Sigmoid(title, exercise1.SigmoidCurve.Z, exercise1.SigmoidCurve.Sigma)));
            files.Add(Save(folder, LossFile, "Exercise 1E: the loss J(θ) per iteration",
                title => LossPerIteration(title, exercise1.Fit.LossHistory)));
            files.Add(Save(folder, WeightsFile, "Exercise 1E: the fitted weights, one per neuron, sorted",
                title => SortedWeights(title, exercise1.Fit.X)));
        }

        if (result.Exercise2 is { } exercise2)
        {
            files.Add(Save(folder, ShuffleHistogramFile, $"Exercise 2A: training accuracy on {exercise2.ShuffledAccuracies.Length} shuffles",
                title => ShuffleHistogram(title, exercise2.ShuffledAccuracies, exercise2.TrueAccuracy, result.Train.TrialCount)));
        }

        if (result.Permutation is { } permutation)
        {
            files.Add(Save(folder, PermutationFile, $"Permutation test: {permutation.Test.Folds}-fold cross-validated accuracy",
                title => PermutationNull(title, permutation.Test.PermutationScores, permutation.Test.Score, permutation.Test.PValue)));
        }

        return files;
    }

    /// <summary>Exercise 1B's <c>plot_function(sigmoid, "\sigma", "z", (-10, 10))</c>.</summary>
    public static Plot Sigmoid(string title, double[] z, double[] sigma)
    {
        var plot = NewPlot(title, "z", "σ(z)");
        plot.Add.Scatter(z, sigma);
        return plot;
    }

    /// <summary>J(θ) at the start and after each iteration, on a log scale when every value is positive.</summary>
    public static Plot LossPerIteration(string title, IReadOnlyList<double> history)
    {
        var iterations = Enumerable.Range(0, history.Count).Select(i => (double)i).ToArray();
        var logScale = history.Count > 0 && history.All(v => v > 0 && double.IsFinite(v));
        var plot = NewPlot(title, "Iteration", logScale ? "J(θ), mean cross-entropy (log scale)" : "J(θ), mean cross-entropy");
        var values = logScale ? history.Select(Math.Log10).ToArray() : [.. history];
        var line = plot.Add.Scatter(iterations, values);
        line.MarkerSize = 6;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        if (logScale)
        {
            plot.Axes.Left.TickGenerator = new NumericAutomatic
            {
                MinorTickGenerator = new LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = PowerOfTen,
            };
        }

        return plot;
    }

    /// <summary>The fitted weights in increasing order, with zero marked.</summary>
    public static Plot SortedWeights(string title, double[] weights)
    {
        var plot = NewPlot(title, "Neuron (sorted by weight)", "Fitted weight θⱼ");
        var sorted = weights.Order().ToArray();
        var ranks = Enumerable.Range(0, sorted.Length).Select(i => (double)i).ToArray();
        var line = plot.Add.ScatterLine(ranks, sorted);
        line.LineWidth = 2;
        plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        return plot;
    }

    /// <summary>
    /// The tutorial's <c>ax.hist(shuffled_accuracies, 100)</c> with the unshuffled accuracy as a red line.
    /// Accuracies on n trials are multiples of 1/n, so each bar covers whole multiples (at most 100 bars).
    /// </summary>
    public static Plot ShuffleHistogram(string title, double[] shuffled, double trueAccuracy, int trials)
    {
        var plot = NewPlot(title, "Accuracy", "Count");
        var step = 1.0 / Math.Max(1, trials);
        var low = shuffled.Min();
        var high = shuffled.Max();
        var perBar = Math.Max(1, (int)Math.Ceiling(((high - low) / step + 1) / 100));
        var size = perBar * step;
        // A bar one accuracy step wide is a sliver on an axis from 0.5 to 1: draw it at least 1/60 of the axis wide
        // so it shows beside the red line even when every shuffle reaches the true accuracy.
        var span = Math.Max(high + size, trueAccuracy) - Math.Min(Math.Min(low - size, trueAccuracy), 0.5);
        var top = AddHistogram(plot, shuffled, low - size / 2, high + size / 2, size, $"Shuffled choices ({shuffled.Length} fits)", span / 60);
        AddMarkers(plot, trueAccuracy, I($"Unshuffled accuracy ({trueAccuracy:F3})"), I($"true accuracy {trueAccuracy:F3}"), low - size, high + size, top);
        return plot;
    }

    /// <summary>The permutation scores' histogram (cross-validated chance) with the real choices' score as a red line.</summary>
    public static Plot PermutationNull(string title, double[] scores, double realScore, double pValue)
    {
        var plot = NewPlot(title, "Accuracy on held-out folds", "Count");
        var low = scores.Min();
        var high = Math.Max(scores.Max(), low + 0.01);
        var top = AddHistogram(plot, scores, low, high, (high - low) / 40, $"Permuted choices ({scores.Length} permutations)");
        AddMarkers(plot, realScore, I($"Real choices ({realScore:F3}, p = {pValue:G3})"), I($"real choices {realScore:F3}"), low, high, top);
        return plot;
    }

    /// <summary>Draws the bars; returns the tallest bar's count.</summary>
    private static int AddHistogram(Plot plot, double[] values, double min, double max, double binSize, string legend, double minimumBarWidth = 0)
    {
        var counts = BinCounts(values, min, max, binSize);
        var bars = counts
            .Select((count, i) => new Bar
            {
                Position = min + (i + 0.5) * binSize,
                Value = count,
                Size = Math.Max(binSize, minimumBarWidth),
                FillColor = Colors.SteelBlue,
                LineWidth = 0,
            })
            .Where(bar => bar.Value > 0)
            .ToArray();
        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = legend;
        plot.Axes.Margins(bottom: 0);
        return counts.Length == 0 ? 0 : counts.Max();
    }

    /// <summary>How many values fall in each bin of width <paramref name="binSize"/> from <paramref name="min"/> (the last bin includes <paramref name="max"/>).</summary>
    public static int[] BinCounts(IEnumerable<double> values, double min, double max, double binSize)
    {
        var bins = Math.Max(1, (int)Math.Round((max - min) / binSize));
        var counts = new int[bins];
        foreach (var value in values)
        {
            counts[Math.Clamp((int)Math.Floor((value - min) / binSize), 0, bins - 1)]++;
        }

        return counts;
    }

    /// <summary>
    /// The red line of the real accuracy and a dashed line at 50%, with the x axis showing both and the bars.
    /// The line is drawn last and thick, with a red marker above the tallest bar and a boxed label
    /// (<paramref name="label"/>, "true accuracy 1.000"), so it stays visible when it falls on a bar: when
    /// every shuffle reaches the true accuracy, the single bar sits exactly under the line.
    /// </summary>
    private static void AddMarkers(Plot plot, double x, string legend, string label, double low, double high, int top)
    {
        var naive = plot.Add.VerticalLine(0.5, 1.5f, Colors.Gray, LinePattern.Dashed);
        naive.LegendText = "50%, the naive chance level";
        var line = plot.Add.VerticalLine(x, 3.5f, Colors.Red);
        line.LegendText = legend;
        var left = Math.Min(Math.Min(low, x), 0.5);
        var right = Math.Max(high, x);
        var pad = Math.Max(0.01, (right - left) * 0.03);
        plot.Axes.SetLimitsX(left - pad, right + pad);

        var ceiling = Math.Max(1, top) * 1.3;
        plot.Axes.SetLimitsY(0, ceiling);
        var markerY = Math.Max(1, top) * 1.08;
        var marker = plot.Add.Marker(x, markerY, MarkerShape.FilledTriangleDown, 16, Colors.Red);
        var text = plot.Add.Text(label, x, markerY);
        text.LabelFontSize = 15;
        text.LabelBold = true;
        text.LabelFontColor = Colors.DarkRed;
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.9);
        text.LabelBorderColor = Colors.Red;
        text.LabelBorderWidth = 1;
        text.LabelPadding = 4;
        // Keep the label inside the plot: it grows leftward from a line near the right edge, rightward otherwise.
        var nearRight = x > left + (right - left) * 0.6;
        text.LabelAlignment = nearRight ? Alignment.LowerRight : Alignment.LowerLeft;
        text.OffsetX = nearRight ? -12 : 12;
        text.OffsetY = -4;
        plot.MoveToFront(line);
        plot.MoveToFront(marker);
        plot.MoveToFront(text);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.ShowLegend(Edge.Bottom);
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        PlotFonts.Apply(plot);
        plot.Title(title, 20);
        plot.XLabel(xLabel, 16);
        plot.YLabel(yLabel, 16);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Legend.FontSize = 14;
        return plot;
    }

    private static PlotFile Save(string folder, string name, string title, Func<string, Plot> draw)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        using var plot = draw(title);
        plot.SavePng(path, Width, Height);
        return new PlotFile(name, path, title, Width, Height);
    }

    /// <summary>Tick labels of a log₁₀ axis: 1, 0.1, 0.01, 0.001, then 1e-4, 1e-5, ….</summary>
    private static string PowerOfTen(double exponent) =>
        exponent >= -3 ? Math.Pow(10, exponent).ToString("0.###", CultureInfo.InvariantCulture) : I($"1e{exponent:0}");

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
