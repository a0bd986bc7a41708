namespace DecodingChoices.Runner.Progress;

/// <summary>Shows how far a long computation (the shuffle test, the permutation test) has got.</summary>
internal interface IProgressDisplay
{
    /// <summary>
    /// Runs <paramref name="work"/>, which reports the number of items finished so far (from any thread,
    /// possibly out of order) through the action it is given, and returns its result.
    /// </summary>
    T Run<T>(string title, int total, Func<Action<int>, T> work);
}
