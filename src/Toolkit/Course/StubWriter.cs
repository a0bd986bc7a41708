using System.Reflection;
using System.Text;

namespace DecodingChoices.Course;

/// <summary>
/// Writes an exercise's pristine stub: the file a student starts from, rendered from the exercise's manifest
/// (<see cref="Exercise.Stub"/>) and the method's signature on <see cref="ICourseExercises"/>. The grader
/// compiles it for an exercise a submission leaves out, the release command writes it into the student
/// repository, and the tests that need stubs use it, so none of them depends on what
/// <c>src/Exercises</c> holds today.
/// </summary>
internal static class StubWriter
{
    /// <summary>The stub's source text, as <c>src/Exercises/{folder}/{file}</c> ships it.</summary>
    public static string Render(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var method = typeof(ICourseExercises).GetMethod(exercise.Method)
            ?? throw new InvalidOperationException($"{exercise.Label}: ICourseExercises has no method {exercise.Method}.");
        var text = new StringBuilder();
        foreach (var use in exercise.Stub.Usings)
        {
            text.Append("using ").Append(use).Append(";\n");
        }

        if (exercise.Stub.Usings.Count > 0)
        {
            text.Append('\n');
        }

        text.Append("namespace DecodingChoices.Exercises;\n\n")
            .Append("public sealed partial class StudentExercises\n{\n")
            .Append("    /// <inheritdoc cref=\"Course.ICourseExercises.").Append(exercise.Method).Append("\"/>\n")
            .Append("    public ").Append(Signature(method)).Append("\n    {\n");
        foreach (var comment in exercise.Stub.Comments)
        {
            text.Append("        // ").Append(comment).Append('\n');
        }

        text.Append("        throw new NotImplementedException(\n")
            .Append("            \"").Append(Escape($"{exercise.Label} is not implemented yet. Open {exercise.RepositoryFolder}/{exercise.MainFile} ")).Append("\" +\n")
            .Append("            \"").Append(Escape($"and {exercise.Stub.Task} INSTRUCTIONS.md beside it explains the step.")).Append("\");\n")
            .Append("    }\n}\n");
        return text.ToString();
    }

    /// <summary>The file that declares the student track's class, <c>src/Exercises/StudentExercises.cs</c>.</summary>
    public const string TrackClassFile = "StudentExercises.cs";

    /// <summary>The pristine <see cref="TrackClassFile"/>: the partial class every exercise file adds one method to.</summary>
    public static string RenderTrackClass()
    {
        var text = new StringBuilder()
            .Append("using DecodingChoices.Course;\n\n")
            .Append("namespace DecodingChoices.Exercises;\n\n")
            .Append("/// <summary>\n")
            .Append("/// Your logistic regression, written by hand in five steps, and the shuffle test that asks whether its\n")
            .Append("/// accuracy is above chance. Each step lives in its own folder, with its instructions (INSTRUCTIONS.md)\n")
            .Append("/// and hints (hints.md) beside the code:\n")
            .Append("/// <list type=\"number\">\n");
        foreach (var exercise in Exercise.All)
        {
            text.Append("/// <item><description>").Append(exercise.Folder).Append(": ").Append(exercise.Title).Append("</description></item>\n");
        }

        return text.Append("/// </list>\n")
            .Append("/// Run <c>dotnet test tests/Exercises.Tests</c> after each step: the autograder tells you what passes,\n")
            .Append("/// and for what fails, what it expected, what your code returned and a hint.\n")
            .Append("/// </summary>\n")
            .Append("public sealed partial class StudentExercises : ICourseExercises\n{\n}\n")
            .ToString();
    }

    /// <summary>
    /// Every pristine file of the student track, with its path in the repository: <see cref="TrackClassFile"/> and
    /// each exercise's stub. The release writes them; the tests that need the stubs compile them.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> RenderAll()
    {
        yield return ($"{Exercise.ExercisesRoot}/{TrackClassFile}", RenderTrackClass());
        foreach (var exercise in Exercise.All)
        {
            yield return ($"{exercise.RepositoryFolder}/{exercise.MainFile}", Render(exercise));
        }
    }

    /// <summary>The message the stub throws, as a check or the runner shows it.</summary>
    public static string NotImplementedMessage(Exercise exercise) =>
        $"{exercise.Label} is not implemented yet. Open {exercise.RepositoryFolder}/{exercise.MainFile} and {exercise.Stub.Task} INSTRUCTIONS.md beside it explains the step.";

    private static string Signature(MethodInfo method) =>
        $"{TypeName(method.ReturnType)} {method.Name}({string.Join(", ", method.GetParameters().Select(p => $"{TypeName(p.ParameterType)} {p.Name}"))})";

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(double) => "double",
        _ when type == typeof(int) => "int",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(void) => "void",
        { IsArray: true } => $"{TypeName(type.GetElementType()!)}[{new string(',', type.GetArrayRank() - 1)}]",
        _ => type.Name,
    };

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
