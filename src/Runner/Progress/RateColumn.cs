using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DecodingChoices.Runner.Progress;

/// <summary>A progress column showing the rate, items per second.</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:0}/s") : "–/s", new Style(Color.Grey)).RightJustified();
}
