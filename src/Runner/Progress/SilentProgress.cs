namespace DecodingChoices.Runner.Progress;

/// <summary>No progress at all (for <c>--json</c>, whose standard output is only the JSON document).</summary>
internal sealed class SilentProgress : IProgressDisplay
{
    public T Run<T>(string title, int total, Func<Action<int>, T> work) => work(static _ => { });
}
