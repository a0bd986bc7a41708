namespace DecodingChoices.Grading;

/// <summary>How the grading of one submission went, as the gradebook's status column shows it.</summary>
public enum SubmissionStatus
{
    /// <summary>Every check ran and returned (passed or failed).</summary>
    Graded,

    /// <summary>The submission did not compile: no check ran.</summary>
    CompileError,

    /// <summary>At least one check did not return within its time budget (an endless loop, endless printing).</summary>
    TimedOut,

    /// <summary>The student's code threw an exception in at least one check, or took the grading process down.</summary>
    Crashed,
}
