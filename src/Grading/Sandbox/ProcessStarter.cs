using System.Collections.Concurrent;
using System.Diagnostics;

namespace DecodingChoices.Grading.Sandbox;

/// <summary>
/// Starts every sandboxed process from one thread that lives as long as the grader. bubblewrap's
/// <c>--die-with-parent</c> is the kernel's parent-death signal, which fires when the <em>thread</em> that
/// forked the process ends: started from a thread-pool thread, a sandbox would be killed when the pool
/// retires that thread (after about 20 idle seconds), in the middle of a compile or a check.
/// </summary>
internal static class ProcessStarter
{
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> Requests = [];

    static ProcessStarter()
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "sandbox process starter" };
        thread.Start();
    }

    /// <summary>Starts <paramref name="start"/> from the long-lived starter thread.</summary>
    public static Process Start(ProcessStartInfo start)
    {
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((start, started));
        return started.Task.GetAwaiter().GetResult();
    }

    private static void Serve()
    {
        foreach (var (start, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{start.FileName}'."));
            }
            catch (Exception e)
            {
                started.SetException(e);
            }
        }
    }
}
