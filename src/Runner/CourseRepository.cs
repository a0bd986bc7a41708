using DecodingChoices.Course;
using DecodingChoices.Runner.Output;

namespace DecodingChoices.Runner;

/// <summary>Finds the course repository (the folder with Course.sln) and the student's files in it.</summary>
internal static class CourseRepository
{
    /// <summary>The solution file that marks the repository's root.</summary>
    public const string Marker = RepositorySearch.Marker;

    /// <summary>
    /// The repository's root: the first folder with <see cref="Marker"/> walking up from the current
    /// folder, then from the program's folder (<see cref="RepositorySearch"/>).
    /// </summary>
    /// <exception cref="RunnerException">Neither is inside the course repository.</exception>
    public static string Root()
    {
        var starts = RepositorySearch.ProgramStarts();
        return RepositorySearch.FolderHolding(Marker, starts)
            ?? throw new RunnerException($"the course repository ({Marker}) was not found above {string.Join(" or ", starts)}: run the command from inside your copy of the course.");
    }

    /// <summary>The answers file's name.</summary>
    public const string AnswersFileName = "ANSWERS.md";

    /// <summary>The student track's folder, src/Exercises.</summary>
    public static string ExercisesFolder() => Path.Combine(Root(), DecodingChoices.Course.Exercise.ExercisesRoot);

    /// <summary>The student's answers to the interpretation questions, src/Exercises/2B-Interpretation/ANSWERS.md.</summary>
    public static string AnswersFile() => Path.Combine(Root(), Hints.HintCatalog.InterpretationFolder, AnswersFileName);
}
