namespace DecodingChoices.Grading.Compilation;

/// <summary>What compiling a submission gave: an assembly on disk, or the compiler's errors.</summary>
/// <param name="AssemblyPath">Where the assembly was written, or null when it did not compile.</param>
/// <param name="Errors">The compiler's errors, located in the student's files.</param>
public sealed record CompileOutcome(string? AssemblyPath, IReadOnlyList<CompilerMessage> Errors)
{
    public bool Succeeded => AssemblyPath is not null;
}
