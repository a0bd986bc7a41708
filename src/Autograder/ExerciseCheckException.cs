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
        : base(Compose(exercise, check, expected, actual, hint, seed, misconception, explanation), inner)
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

    private static string Compose(Exercise exercise, string check, string expected, string actual, string hint, ulong? seed, string? misconception, string? explanation)
    {
        var text = new StringBuilder()
            .Append(exercise.Label).Append(" — ").AppendLine(check);
        if (misconception is not null)
        {
            text.Append("  This looks like ").Append(misconception).Append(": ").AppendLine(explanation);
        }

        text
            .Append("  Expected: ").AppendLine(expected)
            .Append("  Actual:   ").AppendLine(actual)
            .Append("  Hint:     ").Append(hint);
        if (seed is { } s)
        {
            text.AppendLine().Append("  Inputs were drawn from seed ").Append(s)
                .Append(" (run with COURSE_SEED=").Append(CheckSeed.Base).Append(" to reproduce).");
        }

        return text.ToString();
    }
}
