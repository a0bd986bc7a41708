using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DecodingChoices.Autograder.Compilation;

/// <summary>
/// Compiles the student's <c>src/Exercises</c> in memory and loads it (<see cref="CompiledTrack"/>), for the runner's
/// <c>watch</c> and <c>check</c>: a save is checked in well under a second once the compiler is warm, with no
/// <c>dotnet build</c> and no new process. Warnings are errors except those the exercises' project allows, as
/// in <c>dotnet build</c>, so what passes here also builds.
/// </summary>
internal static class StudentTrackCompiler
{
    /// <summary>The in-memory assembly's name (a new context each time, so the name can repeat).</summary>
    public const string AssemblyName = "DecodingChoices.Exercises.InMemory";

    /// <summary>The compiled, loaded track, or null with the compiler's errors as <c>dotnet build</c> prints them.</summary>
    public static (CompiledTrack? Track, IReadOnlyList<string> Errors) Compile(string repositoryRoot)
    {
        var image = ExerciseCompiler.Compile(AssemblyName, ExerciseFolder.Read(repositoryRoot));
        return image.Image is { } bytes
            ? (CompiledTrack.Load(bytes, AssemblyName), [])
            : (null, [.. image.Errors.Select(Describe)]);
    }

    /// <summary>"src/Exercises/1B-Sigmoid/Sigmoid.cs(12,9): error CS1002: ; expected".</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.IsValid ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " : "";
        return $"{where}error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
