using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DecodingChoices.Analyzers;

/// <summary>
/// Every course analyzer, for a host that runs them itself. The student's build loads this assembly as
/// an analyzer and finds them by their <c>[DiagnosticAnalyzer]</c> attribute; the grader
/// (<c>SubmissionCompiler</c>) runs this list on each submission with <c>CompilationWithAnalyzers</c>, so
/// both report the same diagnostics.
/// </summary>
internal static class CourseAnalyzers
{
    /// <summary>One instance of each analyzer, in the order of their IDs (COURSE001 … COURSE006).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
    [
        new IntegerDivisionAnalyzer(),
        new InputArrayWriteAnalyzer(),
        new NewRandomGeneratorAnalyzer(),
        new KeptStateAnalyzer(),
        new StrictThresholdAnalyzer(),
        new ForbiddenApiAnalyzer(),
    ];
}
