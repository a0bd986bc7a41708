using DecodingChoices.Course;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>Where each exercise lives in the student track.</summary>
public static class ExerciseFolders
{
    /// <summary>"src/Exercises/1B-Sigmoid".</summary>
    public static string For(Exercise exercise) => $"src/Exercises/{exercise.Id}-{exercise.Method}";

    /// <summary>"src/Exercises/1B-Sigmoid/INSTRUCTIONS.md".</summary>
    public static string Instructions(Exercise exercise) => $"{For(exercise)}/INSTRUCTIONS.md";
}
