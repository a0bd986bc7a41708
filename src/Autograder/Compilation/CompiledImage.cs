using Microsoft.CodeAnalysis;

namespace DecodingChoices.Autograder.Compilation;

/// <summary>
/// What compiling the exercise files gave: the assembly's bytes (with its PDB embedded, so a stack trace names
/// the student's file and line) or, when it did not compile, nothing but the diagnostics that stopped it.
/// </summary>
/// <param name="Image">The assembly, or null when there were errors.</param>
/// <param name="Errors">The diagnostics that count as errors under the compile policy, in source order.</param>
internal sealed record CompiledImage(byte[]? Image, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>The warnings (nullable, unused variables, the course analyzer's coaching), in source order.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    public bool Succeeded => Image is not null;
}
