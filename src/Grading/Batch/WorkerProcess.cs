using System.Diagnostics;
using System.Text;

namespace DecodingChoices.Grading.Batch;

/// <summary>
/// Runs one worker process with a wall-clock limit. Its standard output and error are drained as they
/// come (so a submission that floods them can never block it) and only their first few kilobytes kept.
/// A worker still running at the limit is killed with its whole process tree.
/// </summary>
public static class WorkerProcess
{
    private const int KeptBytes = 4096;

    /// <summary>The managed heap a worker may use: a submission that allocates without end fails its check with OutOfMemoryException.</summary>
    private const string HeapLimit = "0x80000000";

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> for at most <paramref name="limit"/>.</summary>
    public static async Task<WorkerExit> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan limit, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the grading worker '{fileName}'.");
        process.StandardInput.Close();
        var output = DrainAsync(process.StandardOutput.BaseStream);
        var error = DrainAsync(process.StandardError.BaseStream);

        var killed = false;
        using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            timer.CancelAfter(limit);
            try
            {
                await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                killed = true;
                cancellation.ThrowIfCancellationRequested();
            }
        }

        // A grandchild the student's code started could keep the pipes open: do not wait for it long.
        await Task.WhenAny(Task.WhenAll(output, error), Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
        var errorHead = error.IsCompletedSuccessfully ? error.Result : "";
        return new WorkerExit(killed ? -1 : process.ExitCode, killed, errorHead);
    }

    /// <summary>Reads <paramref name="stream"/> to its end, keeping the first <see cref="KeptBytes"/> bytes as text.</summary>
    private static async Task<string> DrainAsync(Stream stream)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var room = KeptBytes - (int)kept.Length;
            if (room > 0)
            {
                kept.Write(buffer, 0, Math.Min(room, read));
            }
        }

        return Encoding.UTF8.GetString(kept.ToArray());
    }
}
