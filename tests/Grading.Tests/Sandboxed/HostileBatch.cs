using System.Net;
using System.Net.Sockets;
using System.Text;
using DecodingChoices.Grading.Batch;
using DecodingChoices.Grading.Sandbox;
using Xunit;

namespace DecodingChoices.Grading.Tests.Sandboxed;

/// <summary>
/// The hostile batch (Hostile/), graded once for all its tests, sandboxed, beside two honest students (copies of
/// Submissions/correct), and the two honest students graded again alone, as the baseline their results must match.
/// The fixture listens on a loopback port the network attack targets, and keeps the bundled data file's bytes
/// to restore them should an attack get through. Where the sandbox is unavailable nothing is graded at all
/// (<see cref="SandboxFactAttribute"/> skips the tests): the hostile code would otherwise run for real.
/// </summary>
public sealed class HostileBatch : IDisposable
{
    public const ulong HiddenSeed = 7_364_019_858_311;

    public static readonly string[] Honest = ["honest-a", "honest-b"];

    private readonly TcpListener _listener;
    private readonly byte[] _data;
    private int _connections;

    public HostileBatch()
    {
        Marker = "hostile-marker-" + Guid.NewGuid().ToString("N")[..12];
        Root = TestPaths.NewTemporaryFolder();
        Submissions = Path.Combine(Root, "submissions");
        Out = Path.Combine(Root, "out");
        BaselineOut = Path.Combine(Root, "baseline-out");
        DataFile = Data.BundledData.Locate();
        _data = File.ReadAllBytes(DataFile);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _ = CountConnectionsAsync();
        Options = new GradingOptions
        {
            Worker = WorkerCommand.ForRunnerAssembly(TestPaths.CourseDll),
            Sandbox = SandboxMode.Require,
            CheckTimeout = TimeSpan.FromSeconds(10),
            CompileTimeout = TimeSpan.FromSeconds(60),
            HiddenSeed = HiddenSeed,
            Jobs = 2,
        };
        if (Bubblewrap.Unavailable is not null)
        {
            return;
        }

        Prepare();
        Students = Directory.GetDirectories(Submissions).Length;
        Result = new BatchGrader(Options).GradeAllAsync(Submissions, Out).GetAwaiter().GetResult();

        // Kept beside the tests (the output folder is deleted): the last run's gradebook, for the instructor to read.
        File.Copy(Result.GradebookPath, Path.Combine(AppContext.BaseDirectory, "last-hostile-gradebook.csv"), overwrite: true);

        // The baseline: the honest students alone, same options, in a batch of their own.
        var honestOnly = Path.Combine(Root, "honest-only");
        foreach (var student in Honest)
        {
            CopyFolder(Path.Combine(TestPaths.Submissions, "correct"), Path.Combine(honestOnly, student));
        }

        Baseline = new BatchGrader(Options).GradeAllAsync(honestOnly, BaselineOut).GetAwaiter().GetResult();
    }

    /// <summary>A string unique to this run that the hostile code writes into every file name and command line it makes.</summary>
    public string Marker { get; }

    public string Root { get; }

    public string Submissions { get; }

    public string Out { get; }

    public string BaselineOut { get; }

    public string DataFile { get; }

    public GradingOptions Options { get; }

    public int Students { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections reached the test's port.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Whether the bundled data file still has the bytes it had before the batch.</summary>
    public bool DataUnchanged => File.Exists(DataFile) && File.ReadAllBytes(DataFile).AsSpan().SequenceEqual(_data);

    public BatchResult Result { get; } = null!;

    public BatchResult Baseline { get; } = null!;

    public SubmissionResult this[string student] => Result.Submissions.Single(s => s.Student == student);

    public void Dispose()
    {
        _listener.Stop();
        if (!DataUnchanged)
        {
            File.WriteAllBytes(DataFile, _data);
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder does not fail the run.
        }
    }

    /// <summary>Copies Hostile/ with its placeholders filled in, the honest 1A into each, two honest students, and the generated huge file.</summary>
    private void Prepare()
    {
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(DataFile))!;
        var honest1A = Path.Combine(TestPaths.Submissions, "correct", "src", "Exercises", "1A-TransformInputs", "TransformInputs.cs");
        var hostile = Path.Combine(AppContext.BaseDirectory, "Hostile");
        foreach (var folder in Directory.GetDirectories(hostile).Append(Path.Combine(hostile, "huge-file")))
        {
            var student = Path.Combine(Submissions, Path.GetFileName(folder));
            Directory.CreateDirectory(student);
            File.Copy(honest1A, Path.Combine(student, "TransformInputs.cs"));
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.cs") : [])
            {
                var text = File.ReadAllText(file)
                    .Replace("@@MARKER@@", Marker, StringComparison.Ordinal)
                    .Replace("@@PORT@@", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("@@OUT@@", Out, StringComparison.Ordinal)
                    .Replace("@@DATA@@", DataFile, StringComparison.Ordinal)
                    .Replace("@@REPO@@", repository, StringComparison.Ordinal)
                    .Replace("@@SUBMISSIONS@@", Submissions, StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(student, Path.GetFileName(file)), text);
            }
        }

        // A huge generated file (2 MB, above the grader's 1 MB cap): refused before the compiler sees it.
        var huge = new StringBuilder("namespace DecodingChoices.Exercises;\n\npublic sealed partial class StudentExercises\n{\n");
        for (var i = 0; huge.Length < 2 << 20; i++)
        {
            huge.Append("    private const double C").Append(i).Append(" = ").Append(i).Append(".5; // padding padding padding padding\n");
        }

        File.WriteAllText(Path.Combine(Submissions, "huge-file", "Sigmoid.cs"), huge.Append("}\n").ToString());
        foreach (var student in Honest)
        {
            CopyFolder(Path.Combine(TestPaths.Submissions, "correct"), Path.Combine(Submissions, student));
        }
    }

    private async Task CountConnectionsAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The listener stopped.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class HostileBatchCollection : ICollectionFixture<HostileBatch>
{
    public const string Name = "graded hostile batch";
}
