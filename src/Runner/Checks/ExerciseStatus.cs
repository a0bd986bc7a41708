using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Runner.Checks;

/// <summary>One exercise's checks on a track: its state, how many checks pass, and the first failure.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="State">Done, failing, or not started.</param>
/// <param name="Passed">How many of its checks pass.</param>
/// <param name="Total">How many checks it has.</param>
/// <param name="FirstFailure">The first failing check's explanation, or null when all pass.</param>
internal sealed record ExerciseStatus(Exercise Exercise, ExerciseState State, int Passed, int Total, ExerciseCheckException? FirstFailure)
{
    /// <summary>Summarizes the outcomes of one exercise's checks.</summary>
    public static ExerciseStatus From(Exercise exercise, IReadOnlyList<CheckOutcome> outcomes)
    {
        var failures = outcomes.Where(o => !o.Passed).Select(o => o.Failure!).ToList();
        var passed = outcomes.Count - failures.Count;
        var state = failures.Count == 0 ? ExerciseState.Done
            : passed == 0 && failures.All(f => f.Kind == FailureKind.NotImplemented) ? ExerciseState.NotStarted
            : ExerciseState.Failing;
        return new ExerciseStatus(exercise, state, passed, outcomes.Count, failures.FirstOrDefault());
    }
}
