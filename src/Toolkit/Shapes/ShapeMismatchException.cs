namespace DecodingChoices.Shapes;

/// <summary>
/// Raised by a generated checked layer (<c>CheckedCourseExercises</c>, say) when a call's arrays do not
/// fit the method's <see cref="ShapeAttribute"/> contract: before the implementation runs for a bad
/// argument, right after it returns for a bad result.
/// </summary>
/// <remarks>
/// The message is written for the student; <see cref="Conflicts"/> carries the same facts for a program
/// (the autograder, a test) that wants to act on them without parsing text.
/// </remarks>
public sealed class ShapeMismatchException : Exception
{
    /// <summary>Records a mismatch.</summary>
    /// <param name="method">The method whose contract was broken.</param>
    /// <param name="conflicts">Every conflict found in the call, in parameter order.</param>
    /// <param name="message">The text a person reads.</param>
    public ShapeMismatchException(string method, IReadOnlyList<ShapeConflict> conflicts, string message)
        : base(message)
    {
        Method = method;
        Conflicts = conflicts;
    }

    /// <summary>The method whose contract was broken, such as <c>TransformInputs</c>.</summary>
    public string Method { get; }

    /// <summary>
    /// Every conflict found in the call. Empty only when the method returned <see langword="null"/>
    /// instead of an array.
    /// </summary>
    public IReadOnlyList<ShapeConflict> Conflicts { get; }
}
