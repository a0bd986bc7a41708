namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// What the compile step reports back to the grader (as <c>compile.json</c> beside the assembly): whether an
/// assembly was written, the compiler's errors, and the exercises graded as their stubs because their file did not compile.
/// </summary>
/// <param name="Compiled">True when the assembly was written.</param>
/// <param name="Messages">The errors, located in the student's files.</param>
/// <param name="Stubbed">The ids of the exercises replaced by their stubs ("1B").</param>
public sealed record CompileReport(bool Compiled, IReadOnlyList<CompilerMessage> Messages, IReadOnlyList<string> Stubbed)
{
    /// <summary>The report's file name in the compile step's output folder.</summary>
    public const string FileName = "compile.json";
}
