using System.Reflection;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder;

/// <summary>One check of the autograder: a <c>[Fact]</c> method of an <see cref="ExerciseChecks"/> class.</summary>
/// <param name="Exercise">The exercise it grades.</param>
/// <param name="ChecksType">The class that declares it.</param>
/// <param name="Method">The check method.</param>
public sealed record CheckDefinition(Exercise Exercise, Type ChecksType, MethodInfo Method)
{
    /// <summary>The method's name, as xunit shows it: <c>Zero_theta_gives_zero_z</c>.</summary>
    public string Name => Method.Name;

    /// <summary>The check in words: "zero theta gives zero z".</summary>
    public string Title => Show.CheckTitle(Method.Name);

    /// <summary>"1A.Zero_theta_gives_zero_z".</summary>
    public string Id => $"{Exercise.Id}.{Name}";

    /// <summary>Runs the check on <paramref name="track"/>: returns when it passes, throws when it fails.</summary>
    public void Invoke(ICourseExercises track)
    {
        var instance = (ExerciseChecks)Activator.CreateInstance(ChecksType, track)!;
        try
        {
            Method.Invoke(instance, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    public override string ToString() => Id;
}
