namespace DecodingChoices.Autograder;

/// <summary>Why an exercise check failed.</summary>
public enum FailureKind
{
    /// <summary>The code ran and returned something other than what the exercise asks for.</summary>
    WrongAnswer,

    /// <summary>The exercise still throws the stub's <see cref="NotImplementedException"/>.</summary>
    NotImplemented,

    /// <summary>The code threw an exception.</summary>
    Crashed,

    /// <summary>An argument or the returned value had the wrong shape.</summary>
    ShapeMismatch,

    /// <summary>The code did not return within the check's time budget.</summary>
    TimedOut,
}
