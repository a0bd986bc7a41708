namespace DecodingChoices.Grading.Remote;

/// <summary>Thrown by <see cref="RemoteExercises"/> when the worker did not answer; the grader reads <see cref="RemoteExercises.Stop"/> for why.</summary>
internal sealed class WorkerStoppedException(string message) : Exception(message);
