using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace DecodingChoices.Runner.Progress;

/// <summary>
/// Progress as plain lines, for output that is not a terminal (a file, a pipe, CI logs): one line at each
/// quarter, with the count, the rate and the time left, so a log shows the run is alive without redrawing.
/// </summary>
internal sealed class PlainProgress(IAnsiConsole console) : IProgressDisplay
{
    private const int Steps = 4;

    public T Run<T>(string title, int total, Func<Action<int>, T> work)
    {
        var gate = new Lock();
        var clock = Stopwatch.StartNew();
        var nextStep = 1;
        var result = work(finished =>
        {
            lock (gate)
            {
                if (total <= 0 || finished * Steps < nextStep * total)
                {
                    return;
                }

                while (finished * Steps >= nextStep * total)
                {
                    nextStep++;
                }

                console.WriteLine(Line(title, finished, total, clock.Elapsed));
            }
        });
        return result;
    }

    /// <summary>"shuffle test  500/1000  270/s  about 2 s left".</summary>
    public static string Line(string title, int finished, int total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? finished / elapsed.TotalSeconds : 0;
        var left = finished >= total ? $"done in {elapsed.TotalSeconds:F1} s" : $"about {(rate > 0 ? (total - finished) / rate : 0):F0} s left";
        return string.Create(CultureInfo.InvariantCulture, $"    {title}  {finished}/{total}  {rate:F0}/s  {left}");
    }
}
