namespace DecodingChoices.Grading.Protocol;

/// <summary>The first byte of every reply frame: how the call ended.</summary>
internal enum WorkerReplyKind : byte
{
    /// <summary>The student's method returned; the result follows.</summary>
    Returned = 0,

    /// <summary>The student's method threw; a <see cref="RemoteException"/> follows.</summary>
    Threw = 1,

    /// <summary>The submission could not be loaded at all; a message follows.</summary>
    LoadFailed = 2,
}
