using DecodingChoices.Autograder.Compilation;
using DecodingChoices.Course;
using Microsoft.CodeAnalysis;

namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// Compiles one submission in memory with Roslyn, the way <c>src/Exercises</c> builds: the shipped
/// <c>StudentExercises.cs</c>, the student's file for each exercise they submitted and the shipped stub
/// for each one they did not, with the SDK's implicit usings, against the .NET libraries and the course
/// toolkit only. The other course assemblies (the checks, the reference track) are not referenced, so a
/// submission cannot call them by name. The compile, with its one policy and the course analyzers, is the
/// course's own (<see cref="ExerciseCompiler"/>), shared with the runner's <c>watch</c> and <c>check</c>.
/// </summary>
public static class SubmissionCompiler
{
    /// <summary>The compiled submission's assembly name.</summary>
    public const string AssemblyName = "DecodingChoices.Submission";

    /// <summary>Compiles <paramref name="files"/> into <paramref name="assemblyPath"/> (with an embedded PDB, so stack traces name lines).</summary>
    public static CompileOutcome Compile(SubmissionFiles files, string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sources = new List<ExerciseSource>
        {
            new(ShippedSources.StudentExercises(), $"{Exercise.ExercisesRoot}/{ShippedSources.StudentExercisesFile}"),
        };
        foreach (var exercise in Exercise.All)
        {
            var text = files.Files.TryGetValue(exercise, out var path) ? File.ReadAllText(path) : ShippedSources.Stub(exercise);
            sources.Add(new ExerciseSource(text, ShippedSources.RepositoryPath(exercise)));
        }

        // The compile itself is the course's (src/Autograder/Compilation), shared with the runner's watch and check.
        var result = ExerciseCompiler.Compile(AssemblyName, sources);
        var errors = result.Errors.Select(ToMessage).ToList();
        var warnings = result.Warnings.Select(ToMessage).ToList();
        if (result.Image is not { } image)
        {
            return new CompileOutcome(null, errors) { Warnings = warnings };
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!);
        File.WriteAllBytes(assemblyPath, image);
        return new CompileOutcome(assemblyPath, []) { Warnings = warnings };
    }

    private static CompilerMessage ToMessage(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return new CompilerMessage(
            span.IsValid ? Path.GetFileName(span.Path) : "",
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Severity == DiagnosticSeverity.Error);
    }
}
