using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// Names the misconception behind a wrong answer: runs the student's method and every entry of the exercise's
/// catalog on the same probe inputs, and returns the first entry whose outputs the student's match. A student
/// whose outputs match the correct ones on the probes, or no entry's (two mistakes at once, say), gets null:
/// the check's own message stands.
/// </summary>
internal static class MisconceptionMatcher
{
    /// <summary>The misconception <paramref name="student"/>'s <paramref name="exercise"/> looks like, or null.</summary>
    public static Misconception? Recognise(Exercise exercise, ICourseExercises student)
    {
        if (ExerciseMisconceptions.For(exercise) is not { } catalog || StudentCall.NeverReturned(student, exercise))
        {
            return null;
        }

        try
        {
            return StudentCall.Run(student, exercise, () => Match(catalog, FreshTrack.Factory(student)));
        }
        catch (Exception)
        {
            // Naming the mistake is a courtesy: if the probes themselves fail, the check's own message stands.
            return null;
        }
    }

    private static Misconception? Match(ExerciseMisconceptions catalog, Func<ICourseExercises> fresh)
    {
        var print = catalog.Take(fresh());
        if (print.Matches(catalog.Take(new CorrectTrack())))
        {
            return null;
        }

        foreach (var entry in catalog.All)
        {
            var matches = entry.Recognise is { } recognise
                ? recognise(fresh)
                : catalog.PrintOf(entry).Matches(print, entry.Tolerance);
            if (matches)
            {
                return entry;
            }
        }

        return null;
    }
}
