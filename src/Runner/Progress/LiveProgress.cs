using Spectre.Console;

namespace DecodingChoices.Runner.Progress;

/// <summary>A live Spectre.Console progress bar: description, bar, count, rate, percentage and time left.</summary>
internal sealed class LiveProgress(IAnsiConsole console) : IProgressDisplay
{
    public T Run<T>(string title, int total, Func<Action<int>, T> work) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new CountColumn(),
                new RateColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: total);
                var gate = new Lock();
                var result = work(finished =>
                {
                    lock (gate)
                    {
                        // Workers report out of order: never move the bar backwards.
                        if (finished > task.Value)
                        {
                            task.Value = finished;
                        }
                    }
                });
                task.Value = total;
                return result;
            });
}
