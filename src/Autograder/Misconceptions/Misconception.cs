using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// One known wrong way to write an exercise, written as code. When a check fails, the autograder runs the
/// student's method and this <see cref="Plant"/> on the same probe inputs; if their outputs agree, the
/// failure message names the misconception first, explains it in the tutorial's words and gives its hint.
/// </summary>
/// <param name="Exercise">The exercise whose method this is a wrong version of.</param>
/// <param name="Name">A short name a student recognises: "integer division in −(1/n)".</param>
/// <param name="Explanation">One paragraph: what the code does and why the tutorial's answer differs.</param>
/// <param name="Hint">What to change.</param>
/// <param name="Plant">
/// A fresh track whose one method is the wrong version and whose other methods are correct. Fresh on every
/// call, so a wrong version that keeps state (a cache, a reused array) starts from nothing each time.
/// </param>
/// <param name="Recognise">
/// For a mistake whose outputs cannot be predicted (a race, a hard-coded constant), the behaviour that gives it
/// away, asked of fresh copies of the student's track; null to compare outputs with <see cref="Plant"/>'s.
/// </param>
/// <param name="Tolerance">How close (relative) outputs must be to match: looser for <c>float</c> arithmetic.</param>
internal sealed record Misconception(
    Exercise Exercise,
    string Name,
    string Explanation,
    string Hint,
    Func<ICourseExercises> Plant,
    Func<Func<ICourseExercises>, bool>? Recognise = null,
    double Tolerance = 1e-9)
{
    public override string ToString() => $"{Exercise.Id}: {Name}";
}
