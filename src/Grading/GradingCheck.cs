using System.Reflection;
using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading;

/// <summary>A check as the grader sees it: what it runs, what it is worth, and how a student may see it.</summary>
/// <param name="Definition">The check method.</param>
/// <param name="Points">What it is worth when it passes (<see cref="PointsAttribute"/>).</param>
/// <param name="IsHidden">True for an instructor-only check (<see cref="HiddenCheckAttribute"/>).</param>
/// <param name="Position">Its place among its exercise's checks, from 1: visible ones first, in file order, then hidden ones.</param>
/// <param name="HiddenPosition">For a hidden check, its place among its exercise's hidden checks, from 1; otherwise 0.</param>
/// <param name="HiddenCount">For a hidden check, how many hidden checks its exercise has; otherwise 0.</param>
public sealed record GradingCheck(CheckDefinition Definition, int Points, bool IsHidden, int Position, int HiddenPosition, int HiddenCount)
{
    public Exercise Exercise => Definition.Exercise;

    /// <summary>"1D.Zero_theta_gives_log_2": unique, stable across runs, for the instructor's files.</summary>
    public string Id => Definition.Id;

    /// <summary>Exercism's <c>task_id</c> and the first part of Gradescope's test number: 1A → 1, … 1E → 5.</summary>
    public int TaskId => TaskIdOf(Exercise);

    /// <summary>Gradescope's test number, such as "4.3" for the third check of Exercise 1D.</summary>
    public string Number => $"{TaskId}.{Position}";

    /// <summary>
    /// The name a student sees: "Exercise 1D: zero theta gives log 2", or for a hidden check only
    /// "Exercise 1D: hidden check 1 of 2", which reveals nothing of what it tests.
    /// </summary>
    public string StudentName => IsHidden
        ? $"Exercise {Exercise.Id}: hidden check {HiddenPosition} of {HiddenCount}"
        : $"Exercise {Exercise.Id}: {Definition.Title}";

    /// <summary>The task number of <paramref name="exercise"/>: its place in the tutorial, from 1.</summary>
    public static int TaskIdOf(Exercise exercise)
    {
        var index = Course.Exercise.All.ToList().IndexOf(exercise);
        return index >= 0 ? index + 1 : throw new ArgumentException($"{exercise.Label} is not one of the course's exercises.", nameof(exercise));
    }

    /// <summary>The points of <paramref name="method"/>, or an error that says where to add them.</summary>
    internal static int PointsOf(MethodInfo method) =>
        method.GetCustomAttribute<PointsAttribute>()?.Value
        ?? throw new InvalidOperationException(
            $"The check {method.DeclaringType?.FullName}.{method.Name} has no [Points(n)] attribute: add one above it, next to [Fact], so the grader knows what it is worth.");

    public override string ToString() => Id;
}
