using System.Text;
using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading;

/// <summary>
/// The summary a student reads first: the total, then one line per exercise. Hidden checks are counted,
/// never described, and a line says "all … passed" only when every check of the exercise passed,
/// hidden ones included; otherwise it says how many hidden checks failed. The compiler's warnings follow as
/// coaching lines.
/// </summary>
public static class StudentFeedback
{
    /// <summary>The whole summary of <paramref name="result"/>.</summary>
    public static string Summary(SubmissionResult result)
    {
        var text = new StringBuilder().Append("Total: ").Append(result.Score).Append('/').Append(result.MaxScore).AppendLine(" points.");
        if (result.DidNotCompile)
        {
            text.AppendLine("Your submission did not compile, so no check ran. The compiler said:");
            foreach (var message in result.CompilerMessages.Where(m => m.IsError))
            {
                text.Append("  ").AppendLine(message.ToString());
            }

            return text.ToString().TrimEnd();
        }

        foreach (var exercise in Exercise.All)
        {
            text.AppendLine(ExerciseLine(result, exercise));
        }

        if (result.HasCompileErrors)
        {
            text.AppendLine("These files did not compile and were graded as their stubs (the other exercises were graded normally). The compiler said:");
            foreach (var message in result.CompilerMessages.Where(m => m.IsError))
            {
                text.Append("  ").AppendLine(message.ToString());
            }
        }

        foreach (var line in Coaching(result))
        {
            text.AppendLine(line);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// The compiler's warnings as coaching lines ("Coaching: LogisticLoss.cs(9,13): warning COURSE001: …"): they cost
    /// no points, but they are the course analyzers' advice on the student's own code.
    /// </summary>
    public static IEnumerable<string> Coaching(SubmissionResult result) =>
        result.CompilerMessages.Where(m => !m.IsError).Select(m => $"Coaching: {m}");

    /// <summary>The coaching lines about <paramref name="exercise"/>'s file.</summary>
    public static IEnumerable<string> Coaching(SubmissionResult result, Exercise exercise) =>
        result.CompilerMessages
            .Where(m => !m.IsError && string.Equals(m.File, Compilation.ShippedSources.FileName(exercise), StringComparison.OrdinalIgnoreCase))
            .Select(m => $"Coaching: {m}");

    /// <summary>
    /// "Exercise 1D (LogisticLoss): 3/14 points. 3 of 7 visible checks passed; 2 hidden checks failed for Exercise 1D."
    /// </summary>
    public static string ExerciseLine(SubmissionResult result, Exercise exercise)
    {
        var checks = result.For(exercise).ToList();
        var visible = checks.Where(c => !c.Check.IsHidden).ToList();
        var hidden = checks.Where(c => c.Check.IsHidden).ToList();
        var line = $"{exercise.Label}: {result.ScoreFor(exercise)}/{result.MaxScoreFor(exercise)} points. ";
        if (checks.All(c => c.Passed))
        {
            return line + $"All {visible.Count} checks passed" + (hidden.Count switch
            {
                0 => ".",
                1 => ", and its hidden check too.",
                _ => $", and its {hidden.Count} hidden checks too.",
            });
        }

        if (checks.All(c => c.Failure?.Kind == FailureKind.NotImplemented && c.NotRunReason is null))
        {
            return line + $"Not started: {exercise.Method} still throws NotImplementedException.";
        }

        line += $"{visible.Count(c => c.Passed)} of {visible.Count} {(hidden.Count > 0 ? "visible checks" : "checks")} passed";
        return line + (SubmissionNotes.HiddenFailures(result, exercise) is { } failures
            ? $"; {failures}."
            : hidden.Count > 0 ? "; its hidden checks passed." : ".");
    }
}
