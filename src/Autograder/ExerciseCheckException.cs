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
        Exception? inner = null)
        : base(Compose(exercise, check, expected, actual, hint, seed), inner)
    {
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

    private static string Compose(Exercise exercise, string check, string expected, string actual, string hint, ulong? seed)
    {
        var text = new StringBuilder()
            .Append(exercise.Label).Append(" — ").AppendLine(check)
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
