using DecodingChoices.Course;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Exercise code that threw, or returned something the tutorial cannot use, while the walkthrough ran
/// it: the walkthrough stops there and says why, naming the exercise.
/// </summary>
internal sealed class ExerciseFailure(Exercise exercise, Exception inner)
    : Exception(Describe(exercise, inner), inner)
{
    public Exercise Exercise { get; } = exercise;

    /// <summary>Whether the exercise is simply not written yet (the stub still throws).</summary>
    public bool NotImplemented => InnerException is NotImplementedException;

    /// <summary>Runs <paramref name="step"/>; an exception from exercise code becomes an <see cref="ExerciseFailure"/>.</summary>
    public static T Guard<T>(Exercise exercise, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not ExerciseFailure and not OperationCanceledException)
        {
            throw new ExerciseFailure(exercise, e);
        }
    }

    /// <summary>The exercise's code did something the tutorial cannot use: <paramref name="problem"/> says what, starting with a verb ("returned …").</summary>
    public static ExerciseFailure WrongResult(Exercise exercise, string problem) => new(exercise, new UnusableResultException(problem));

    private static string Describe(Exercise exercise, Exception inner) => inner switch
    {
        NotImplementedException => $"{exercise.Label} is not done yet: {inner.Message}",
        UnusableResultException => $"{exercise.Label} {inner.Message}",
        _ => $"{exercise.Label} threw {inner.GetType().Name}: {inner.Message}",
    };

    /// <summary>Exercise code returned a value the tutorial cannot use.</summary>
    private sealed class UnusableResultException(string problem) : Exception(problem);
}
