using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Runner.Checks;

/// <summary>One exercise's checks on a track: its state, how many checks pass, and the first failure.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="State">Done, failing, or not started.</param>
/// <param name="Passed">How many of its checks pass.</param>
/// <param name="Total">How many checks it has.</param>
/// <param name="FirstFailure">The first failing check's explanation, or null when all pass.</param>
/// <param name="WaitingFor">When <see cref="State"/> is <see cref="ExerciseState.Waiting"/>: the first earlier exercise it calls that is not done.</param>
internal sealed record ExerciseStatus(Exercise Exercise, ExerciseState State, int Passed, int Total, ExerciseCheckException? FirstFailure, Exercise? WaitingFor = null)
{
    /// <summary>
    /// Summarizes the outcomes of one exercise's checks, given the exercises before it (<paramref name="earlier"/>):
    /// not started when its own stub throws in every check; waiting when it fails while an exercise it calls is not done.
    /// </summary>
    public static ExerciseStatus From(Exercise exercise, IReadOnlyList<CheckOutcome> outcomes, IReadOnlyList<ExerciseStatus>? earlier = null)
    {
        var failures = outcomes.Where(o => !o.Passed).Select(o => o.Failure!).ToList();
        var passed = outcomes.Count - failures.Count;
        if (failures.Count == 0)
        {
            return new ExerciseStatus(exercise, ExerciseState.Done, passed, outcomes.Count, null);
        }

        var ownStub = failures.All(f => f.Kind == FailureKind.NotImplemented && StudentCodeFailure.WaitingFor(f) is null);
        if (passed == 0 && ownStub)
        {
            return new ExerciseStatus(exercise, ExerciseState.NotStarted, passed, outcomes.Count, failures[0]);
        }

        var unfinished = ExerciseDependencies.Of(exercise)
            .FirstOrDefault(d => earlier?.FirstOrDefault(s => s.Exercise == d) is { State: not ExerciseState.Done });
        return unfinished is not null
            ? new ExerciseStatus(exercise, ExerciseState.Waiting, passed, outcomes.Count, failures[0], unfinished)
            : new ExerciseStatus(exercise, ExerciseState.Failing, passed, outcomes.Count, failures[0]);
    }
}
