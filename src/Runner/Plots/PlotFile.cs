namespace DecodingChoices.Runner.Plots;

/// <summary>A plot written as a PNG.</summary>
/// <param name="Name">Its file name, such as <c>2A_shuffle_histogram.png</c>.</param>
/// <param name="Path">Its full path.</param>
/// <param name="Title">What it shows.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
internal sealed record PlotFile(string Name, string Path, string Title, int Width, int Height);
