namespace DecodingChoices.Grading.Sandbox;

/// <summary>
/// The resource caps of one sandboxed process, applied with <c>prlimit</c> (which the sandbox inherits):
/// the address space covers native and managed memory together, the CPU time every thread's work, and the
/// process count its forks and threads. The managed heap is capped a little lower through
/// <c>DOTNET_GCHeapHardLimit</c>, so a managed bomb ends in an <see cref="OutOfMemoryException"/> the grader can name.
/// </summary>
/// <param name="AddressSpaceBytes">RLIMIT_AS.</param>
/// <param name="HeapBytes">The GC's hard limit, below the address space.</param>
/// <param name="CpuSeconds">RLIMIT_CPU.</param>
/// <param name="ExtraProcesses">How many processes and threads it may add to the user's count (RLIMIT_NPROC counts per user, machine-wide).</param>
public sealed record SandboxLimits(long AddressSpaceBytes, long HeapBytes, int CpuSeconds, int ExtraProcesses)
{
    /// <summary>The caps of the worker that runs student code: 3 GiB in all, 1.5 GiB of managed heap.</summary>
    public static SandboxLimits Worker(TimeSpan budget) =>
        new(3L << 30, 3L << 29, (int)Math.Ceiling(budget.TotalSeconds * 2) + 10, 512);

    /// <summary>The caps of the compiler: 3 GiB in all, 2 GiB of managed heap.</summary>
    public static SandboxLimits Compiler(TimeSpan timeout) =>
        new(3L << 30, 2L << 30, (int)Math.Ceiling(timeout.TotalSeconds * 2) + 5, 512);
}
