namespace DecodingChoices.Grading.Worker;

/// <summary>What a grading worker needs: the compiled submission, its journal, and the run's settings.</summary>
/// <param name="AssemblyPath">The submission compiled by <see cref="Compilation.SubmissionCompiler"/>.</param>
/// <param name="JournalPath">The JSON Lines journal to append to (and to resume from).</param>
/// <param name="CheckTimeout">How long one check may run.</param>
/// <param name="HiddenSeed">The hidden checks' base seed for this run.</param>
public sealed record WorkerOptions(string AssemblyPath, string JournalPath, TimeSpan CheckTimeout, ulong HiddenSeed)
{
    /// <summary>How many characters of each check's console output the worker keeps.</summary>
    public int OutputCapacity { get; init; } = 8000;
}
