namespace DecodingChoices.Autograder;

/// <summary>
/// An exception that student code threw in another process (the grading worker), rebuilt from plain data:
/// its type's name, message, the student's line and the exercise method it came from. The grader's proxy throws
/// it where the call was made, so <see cref="StudentCodeFailure"/> explains it exactly as a local one.
/// </summary>
internal sealed class RemoteStudentException(string typeName, string message, string location, string throwingMethod) : Exception(message)
{
    /// <summary>The short name of the type student code threw, such as <c>IndexOutOfRangeException</c>.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>" (at Sigmoid.cs, line 12)", or empty.</summary>
    public string Location { get; } = location;

    /// <summary>The exercise method that threw (the topmost student frame), or empty.</summary>
    public string ThrowingMethod { get; } = throwingMethod;
}
