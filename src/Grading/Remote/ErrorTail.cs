using System.Text;

namespace DecodingChoices.Grading.Remote;

/// <summary>
/// The head of the worker's standard error, readable while the worker still runs. The runtime announces a fatal
/// error ("Stack overflow.") on standard error before it spends seconds printing the stack and aborting; reading
/// the head at a check's deadline lets the grader call such a worker crashed, not timed out, on a busy machine.
/// </summary>
internal sealed class ErrorTail
{
    /// <summary>How many bytes are kept.</summary>
    public const int Kept = 4096;

    private readonly MemoryStream _kept = new();
    private readonly Lock _gate = new();

    /// <summary>Reads <paramref name="stream"/> to its end (keeping its head) and returns the head as text.</summary>
    public async Task<string> DrainAsync(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (_gate)
            {
                var room = Kept - (int)_kept.Length;
                if (room > 0)
                {
                    _kept.Write(buffer, 0, Math.Min(room, read));
                }
            }
        }

        return Snapshot();
    }

    /// <summary>What was kept so far.</summary>
    public string Snapshot()
    {
        lock (_gate)
        {
            return Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);
        }
    }

    /// <summary>Whether the runtime has already reported an error that ends the process (a stack overflow, a fatal error).</summary>
    public bool ReportsFatalError()
    {
        var text = Snapshot();
        return text.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Fatal error", StringComparison.OrdinalIgnoreCase);
    }
}
