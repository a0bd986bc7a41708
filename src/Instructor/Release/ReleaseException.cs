namespace DecodingChoices.Instructor.Release;

/// <summary>The release could not be made or did not pass its own checks; the message says which and what to do.</summary>
internal sealed class ReleaseException(string message) : Exception(message);
