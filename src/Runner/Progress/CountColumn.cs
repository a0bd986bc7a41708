using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DecodingChoices.Runner.Progress;

/// <summary>A progress column showing "finished/total".</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}")).RightJustified();
}
