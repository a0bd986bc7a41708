using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading;

/// <summary>
/// Everything one grading run found out about one submission: a result for every check of the catalog
/// (those that could not run say why), the compiler's messages, the seeds, and the time it took.
/// The three results files and the gradebook row are all written from this one record.
/// </summary>
public sealed record SubmissionResult
{
    /// <summary>The student: the name of the submission's folder.</summary>
    public required string Student { get; init; }

    /// <summary>One result per check of the catalog, in the catalog's order.</summary>
    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>The compiler's errors and warnings. Errors in an exercise file cost that exercise (graded as its stub); see <see cref="Compiled"/>.</summary>
    public IReadOnlyList<CompilerMessage> CompilerMessages { get; init; } = [];

    /// <summary>False when nothing could be compiled at all (not even with stubs), so no check ran.</summary>
    public bool Compiled { get; init; } = true;

    /// <summary>The exercise files taken from the submission, relative to its folder.</summary>
    public IReadOnlyList<string> SubmittedFiles { get; init; } = [];

    /// <summary>A problem of the grading itself (the worker could not start), or null.</summary>
    public string? GradingProblem { get; init; }

    /// <summary>The base seed of the visible checks' random inputs (<c>COURSE_SEED</c>).</summary>
    public required ulong ChecksSeed { get; init; }

    /// <summary>The base seed of the hidden checks' random inputs in this run.</summary>
    public required ulong HiddenSeed { get; init; }

    /// <summary>Wall-clock time to compile and grade the submission.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>True when no check could run because nothing compiled.</summary>
    public bool DidNotCompile => !Compiled && CompilerMessages.Any(m => m.IsError);

    /// <summary>True when at least one exercise file did not compile (whether or not the rest was graded).</summary>
    public bool HasCompileErrors => CompilerMessages.Any(m => m.IsError);

    /// <summary>What the gradebook's status column says.</summary>
    public SubmissionStatus Status =>
        HasCompileErrors ? SubmissionStatus.CompileError
        : Checks.Any(c => c.Failure?.Kind == FailureKind.TimedOut) ? SubmissionStatus.TimedOut
        : GradingProblem is not null || Checks.Any(c => c.Failure?.Kind == FailureKind.Crashed) ? SubmissionStatus.Crashed
        : SubmissionStatus.Graded;

    public int Score => Checks.Sum(c => c.Score);

    public int MaxScore => Checks.Sum(c => c.Check.Points);

    /// <summary>True when every check, hidden ones included, passed.</summary>
    public bool AllPassed => !DidNotCompile && Checks.All(c => c.Passed);

    public int ScoreFor(Exercise exercise) => For(exercise).Sum(c => c.Score);

    public int MaxScoreFor(Exercise exercise) => For(exercise).Sum(c => c.Check.Points);

    /// <summary>The results of <paramref name="exercise"/>'s checks.</summary>
    public IEnumerable<CheckResult> For(Exercise exercise) => Checks.Where(c => c.Check.Exercise == exercise);

    /// <summary>How many characters the student's code printed in all.</summary>
    public long PrintedCharacters => Checks.Sum(c => c.Output.Length);

    public double Seconds => Math.Round(Elapsed.TotalSeconds, 1);
}
