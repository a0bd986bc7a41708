namespace DecodingChoices.Grading.Protocol;

/// <summary>
/// An exception thrown by student code, as plain data: the worker sends it, the grader turns it into a failed
/// check. Only data crosses the process boundary, never an object the student's code built.
/// </summary>
/// <param name="TypeName">The exception's type, such as <c>IndexOutOfRangeException</c>.</param>
/// <param name="Message">Its message (capped by the worker).</param>
/// <param name="Location">" (at Sigmoid.cs, line 12)", or empty when no frame named a student file.</param>
/// <param name="ThrowingMethod">The exercise method the topmost student frame belongs to, or empty.</param>
internal sealed record RemoteException(string TypeName, string Message, string Location, string ThrowingMethod);
