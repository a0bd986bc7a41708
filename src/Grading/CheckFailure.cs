using System.Text.Json.Serialization;
using DecodingChoices.Autograder;

namespace DecodingChoices.Grading;

/// <summary>Why a check failed, as plain data that crosses from the grading worker to the results files.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Expected">What the check expected.</param>
/// <param name="Actual">What the student's code did.</param>
/// <param name="Hint">What to try.</param>
/// <param name="Seed">The seed of the check's random inputs, when it used any.</param>
/// <param name="Message">The whole failure message, as the autograder prints it.</param>
/// <param name="Misconception">
/// The name of the known mistake the student's outputs matched ("integer division in −(1/n)"), or null when
/// none did. The class report groups a class's failures by it, so an instructor sees what to re-teach.
/// </param>
public sealed record CheckFailure(FailureKind Kind, string Expected, string Actual, string Hint, ulong? Seed, string Message, string? Misconception = null)
{
    /// <summary>The failure that <paramref name="exception"/> reports, with the misconception it recognised, if any.</summary>
    public static CheckFailure From(ExerciseCheckException exception) =>
        new(exception.Kind, exception.Expected, exception.Actual, exception.Hint, exception.Seed, exception.Message, exception.Misconception);

    /// <summary>
    /// The exception student code threw, such as <c>IndexOutOfRangeException</c>, read from
    /// <see cref="Actual"/> ("ComputeH threw IndexOutOfRangeException: …"); null when it threw nothing.
    /// </summary>
    [JsonIgnore]
    public string? ThrownException
    {
        get
        {
            const string Threw = " threw ";
            var at = Actual.IndexOf(Threw, StringComparison.Ordinal);
            if (Kind != FailureKind.Crashed || at < 0)
            {
                return null;
            }

            var name = Actual[(at + Threw.Length)..];
            var end = name.IndexOfAny([':', ' ']);
            return end < 0 ? name : name[..end];
        }
    }

    /// <summary>True when student code threw or did not return: JUnit's "error" and Exercism's "error" rather than "fail".</summary>
    [JsonIgnore]
    public bool IsError => Kind is FailureKind.Crashed or FailureKind.TimedOut;
}
