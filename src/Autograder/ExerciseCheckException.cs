using System.Text;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder;

/// <summary>
/// A failed exercise check, told the way a student can act on it: which exercise and which check,
/// what was expected, what the code returned, a hint, and the seed the inputs were drawn from.
/// </summary>
public sealed class ExerciseCheckException : Exception
{
    public ExerciseCheckException(
        Exercise exercise,
        string check,
        FailureKind kind,
        string expected,
        string actual,
        string hint,
        ulong? seed = null,
        Exception? inner = null,
        string? misconception = null,
        string? explanation = null)
        : base(Compose(exercise, check, kind, expected, actual, hint, seed, misconception, explanation) + StudentOutput.ForMessage(), inner)
    {
        Misconception = misconception;
        Explanation = explanation;
        Exercise = exercise;
        Check = check;
        Kind = kind;
        Expected = expected;
        Actual = actual;
        Hint = hint;
        Seed = seed;
    }

    public Exercise Exercise { get; }

    /// <summary>The check, in words ("σ stays finite for large |z|").</summary>
    public string Check { get; }

    public FailureKind Kind { get; }

    public string Expected { get; }

    public string Actual { get; }

    public string Hint { get; }

    /// <summary>The seed the check's random inputs came from, when it used any.</summary>
    public ulong? Seed { get; }

    /// <summary>
    /// The name of the known misconception the student's outputs matched ("integer division in −(1/n)"), or null
    /// when none did. The message names it first.
    /// </summary>
    public string? Misconception { get; }

    /// <summary>What the misconception is, in the tutorial's words; null when none was recognised.</summary>
    public string? Explanation { get; }


    /// <summary>
    /// No stack trace for a stub that is not written yet: the one-line message says all there is to say, and
    /// <c>dotnet test</c> would otherwise print twenty lines of the autograder's frames under each of them.
    /// </summary>
    public override string? StackTrace => Kind == FailureKind.NotImplemented ? "" : base.StackTrace;

    /// <summary>A hint that already starts with "Hint:" (a shape contract's advice) is not labelled twice.</summary>
    internal static string WithoutLabel(string hint) =>
        hint.StartsWith("Hint:", StringComparison.Ordinal) ? hint["Hint:".Length..].TrimStart() : hint;

    private static string Compose(Exercise exercise, string check, FailureKind kind, string expected, string actual, string hint, ulong? seed, string? misconception, string? explanation)
    {
        if (kind == FailureKind.NotImplemented)
        {
            // One line: a stub says which file to open, and whether it is the next step or waits for another exercise.
            return actual == StudentCodeFailure.NotWrittenYet
                ? $"{exercise.Label} is not implemented yet: open {exercise.RepositoryFolder}/{exercise.MainFile}. {hint}"
                : $"{exercise.Label} — {check}: {actual}. {hint}";
        }

        var text = new StringBuilder()
            .Append(exercise.Label).Append(" — ").AppendLine(check);
        if (misconception is not null)
        {
            text.Append("  This looks like ").Append(misconception).Append(": ").AppendLine(explanation);
        }

        text
            .Append("  Expected: ").AppendLine(expected)
            .Append("  Actual:   ").AppendLine(actual)
            .Append("  Hint:     ").Append(WithoutLabel(hint));
        if (seed is not null)
        {
            // One seed only: the check's own seed is derived from COURSE_SEED, which is the one a student can set.
            text.AppendLine().Append("  Inputs were random (run with COURSE_SEED=").Append(CheckSeed.Base).Append(" to reproduce).");
        }

        return text.ToString();
    }
}
