using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// The worker's private line to the grader. At start, before any student code is loaded, it duplicates
/// the standard input and output descriptors onto new ones that only this class holds, and points 0 and 1
/// at <c>/dev/null</c>. Student code that opens "the" standard output (<c>Console.OpenStandardOutput()</c>,
/// <c>/dev/stdout</c>) therefore writes into nothing, not into the grader's frames. (Even a forged frame
/// could only change what its own calls return: the verdicts are computed by the grader.)
/// </summary>
internal sealed class PrivateChannel
{
    private PrivateChannel(Stream input, Stream output)
    {
        Input = input;
        Output = output;
    }

    /// <summary>The grader's requests.</summary>
    public Stream Input { get; }

    /// <summary>Where replies go.</summary>
    public Stream Output { get; }

    /// <summary>Takes stdin and stdout for this class alone (on Linux and macOS; elsewhere it keeps the standard streams).</summary>
    public static PrivateChannel Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return new PrivateChannel(Console.OpenStandardInput(), Console.OpenStandardOutput());
        }

        var input = Take(0, FileAccess.Read);
        var output = Take(1, FileAccess.Write);
        return new PrivateChannel(input, output);
    }

    private static FileStream Take(int descriptor, FileAccess access)
    {
        var copy = Dup(descriptor);
        if (copy < 0)
        {
            throw new IOException($"dup({descriptor}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }

        var nullFd = Open("/dev/null", 2 /* O_RDWR */);
        if (nullFd >= 0)
        {
            _ = Dup2(nullFd, descriptor);
            _ = Close(nullFd);
        }

        return new FileStream(new SafeFileHandle(copy, ownsHandle: true), access, bufferSize: 0);
    }

    [DllImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static extern int Dup2(int fd, int target);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
