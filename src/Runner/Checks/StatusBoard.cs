using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Runner.Checks;

/// <summary>
/// Every exercise's state on a track, rustlings-style: the autograder's checks run in-process
/// (<see cref="CheckRunner"/>), grouped by exercise, in the tutorial's order.
/// </summary>
internal sealed record StatusBoard(IReadOnlyList<ExerciseStatus> Exercises)
{
    /// <summary>Runs every check on <paramref name="track"/> (its own code: the checks wrap it in the shape checks).</summary>
    public static StatusBoard Evaluate(ICourseExercises track)
    {
        var outcomes = CheckRunner.RunAll(track);
        var statuses = new List<ExerciseStatus>();
        foreach (var exercise in Exercise.All)
        {
            statuses.Add(ExerciseStatus.From(exercise, [.. outcomes.Where(o => o.Check.Exercise == exercise)], statuses));
        }

        return new StatusBoard(statuses);
    }

    public int DoneCount => Exercises.Count(e => e.State == ExerciseState.Done);

    /// <summary>The first exercise, in the tutorial's order, that is not done; null when all are.</summary>
    public ExerciseStatus? Next => Exercises.FirstOrDefault(e => e.State != ExerciseState.Done);

    /// <summary>0 when all are done, <see cref="ExitCodes.ExerciseFailed"/> when one fails, else <see cref="ExitCodes.ExerciseNotDone"/>.</summary>
    public int ExitCode =>
        Exercises.Any(e => e.State == ExerciseState.Failing) ? ExitCodes.ExerciseFailed
        : Next is null ? ExitCodes.Success
        : ExitCodes.ExerciseNotDone;
}
