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
        return Compile(files.Files.ToDictionary(f => f.Key, f => File.ReadAllText(f.Value)), assemblyPath);
    }

    /// <summary>Compiles the exercise texts <paramref name="texts"/> (the pristine stub for each exercise missing there) into <paramref name="assemblyPath"/>.</summary>
    public static CompileOutcome Compile(IReadOnlyDictionary<Exercise, string> texts, string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var sources = new List<ExerciseSource>
        {
            new(ShippedSources.StudentExercises(), $"{Exercise.ExercisesRoot}/{ShippedSources.StudentExercisesFile}"),
        };
        foreach (var exercise in Exercise.All)
        {
            var text = texts.TryGetValue(exercise, out var source) ? source : ShippedSources.Stub(exercise);
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
