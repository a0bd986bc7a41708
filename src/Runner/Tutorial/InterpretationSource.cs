namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Who may explain the walkthrough's results in plain language. That explanation is the answer to the
/// tutorial's interpretation questions (Exercise 2B), so the student's program has none
/// (<see cref="None"/>): on the student track the walkthrough asks the questions and points to the answers
/// file. The instructor's program supplies the explanation, printed for the reference track's run.
/// </summary>
/// <param name="explain">The paragraphs for a finished run, or null when this program has no explanation.</param>
internal sealed class InterpretationSource(Func<TutorialResult, IReadOnlyList<string>>? explain)
{
    /// <summary>The student's program: no explanation.</summary>
    public static InterpretationSource None { get; } = new(null);

    /// <summary>The explanation of <paramref name="result"/>, or none: only for the reference track's finished run.</summary>
    public IReadOnlyList<string> For(TutorialResult result) =>
        explain is not null && result.Options.Track == TrackName.Solutions && result.StoppedAt is null && result.Permutation is not null
            ? explain(result)
            : [];
}
