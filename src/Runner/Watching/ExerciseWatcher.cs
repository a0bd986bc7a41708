namespace DecodingChoices.Runner.Watching;

/// <summary>
/// Calls back once a burst of saves to C# files under a folder has settled (editors often write a file in
/// several steps, or through a temporary file and a rename). Files under <c>bin/</c> and <c>obj/</c> are
/// ignored: the rebuild that a save triggers writes there, and must not trigger another.
/// </summary>
internal sealed class ExerciseWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _settle;
    private readonly TimeSpan _quietPeriod;

    /// <param name="folder">The folder to watch, with its subfolders.</param>
    /// <param name="quietPeriod">How long no further save must come before <paramref name="onChange"/> is called.</param>
    /// <param name="onChange">Called (on a timer thread) with nothing; once per burst of saves.</param>
    public ExerciseWatcher(string folder, TimeSpan quietPeriod, Action onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        _quietPeriod = quietPeriod;
        _settle = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        _watcher.Changed += OnEvent;
        _watcher.Created += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Whether a change to <paramref name="path"/> should trigger a re-check: a .cs file outside bin/ and obj/.</summary>
    public static bool IsStudentSource(string path)
    {
        if (!path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !parts.Any(part => part is "bin" or "obj");
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _settle.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (IsStudentSource(e.FullPath))
        {
            _settle.Change(_quietPeriod, Timeout.InfiniteTimeSpan);
        }
    }
}
