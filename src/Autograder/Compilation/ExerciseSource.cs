namespace DecodingChoices.Autograder.Compilation;

/// <summary>One C# file to compile: its text, and the path its diagnostics and stack traces name.</summary>
/// <param name="Text">The file's C# source.</param>
/// <param name="Path">The path shown for it, relative to the repository's root (<c>src/Exercises/1B-Sigmoid/Sigmoid.cs</c>), never absolute.</param>
internal sealed record ExerciseSource(string Text, string Path);
