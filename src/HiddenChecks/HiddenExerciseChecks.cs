using System.Runtime.CompilerServices;
using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.HiddenChecks;

/// <summary>
/// The base of the instructor's hidden checks. They are written like the visible ones (a public
/// <c>[Fact]</c> method with <c>[Points]</c> that returns to pass and throws to fail), but draw their
/// inputs from <see cref="HiddenCheckSeed"/>: a seed that is new for every grading run and recorded
/// in its results, so no student has seen them and an instructor can replay a run.
/// </summary>
[HiddenCheck]
public abstract class HiddenExerciseChecks(ICourseExercises track) : ExerciseChecks(track)
{
    /// <summary>Random inputs for the calling hidden check, from this run's hidden seed.</summary>
    protected RandomInputs HiddenInputs([CallerMemberName] string check = "") => HiddenCheckSeed.Inputs($"{Exercise.Id}.{check}");
}
