namespace DecodingChoices.Grading.Compilation;

/// <summary>What compiling a submission gave: an assembly on disk, or the compiler's errors.</summary>
/// <param name="AssemblyPath">Where the assembly was written, or null when it did not compile.</param>
/// <param name="Errors">The compiler's errors, located in the student's files.</param>
public sealed record CompileOutcome(string? AssemblyPath, IReadOnlyList<CompilerMessage> Errors)
{
    public bool Succeeded => AssemblyPath is not null;

    /// <summary>
    /// The compiler's and the course analyzer's warnings (nullable warnings, COURSE001…005): shown to the
    /// student as messages, never a reason to fail, as in their own build.
    /// </summary>
    public IReadOnlyList<CompilerMessage> Warnings { get; init; } = [];
}
