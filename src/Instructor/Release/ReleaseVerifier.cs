using System.Diagnostics;
using System.Text;
using System.Xml.Linq;

namespace DecodingChoices.Instructor.Release;

/// <summary>
/// Checks a freshly written student repository before the release reports success: it builds from scratch with
/// warnings as errors, every visible check fails with the not-implemented guidance (the stubs are pristine), and
/// no file (source or built assembly) holds anything instructor-only.
/// </summary>
/// <param name="markers">The instructor-only text to look for (<see cref="InstructorOnlyMarkers"/>).</param>
/// <param name="progress">Told each step as it starts.</param>
internal sealed class ReleaseVerifier(IReadOnlyList<string> markers, Action<string> progress)
{
    /// <summary>How many visible checks the released autograder ran (all failing as not implemented).</summary>
    public int ChecksRun { get; private set; }

    /// <summary>How many files were scanned, assemblies included.</summary>
    public int FilesScanned { get; private set; }

    /// <exception cref="ReleaseException">A step failed: the message names it and the first evidence.</exception>
    public void Verify(string repository)
    {
        progress("building the student repository from scratch (dotnet build Course.sln -warnaserror)");
        Dotnet(repository, "build", "Course.sln", "-warnaserror", "-nologo", "-v", "q");

        progress("running its autograder on the pristine stubs (dotnet test tests/Exercises.Tests)");
        var results = Path.Combine(repository, "TestResults");
        Dotnet(repository, allowFailure: true, "test", "tests/Exercises.Tests", "--no-build", "-nologo", "--logger", "trx;LogFileName=release.trx", "--results-directory", results);
        CheckEveryCheckFailsAsNotImplemented(Path.Combine(results, "release.trx"));
        Directory.Delete(results, recursive: true);

        progress("scanning every file and built assembly for instructor-only text");
        Scan(repository);
    }

    private void CheckEveryCheckFailsAsNotImplemented(string trx)
    {
        if (!File.Exists(trx))
        {
            throw new ReleaseException("the released autograder wrote no test results: run dotnet test tests/Exercises.Tests in the released folder to see why.");
        }

        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var outcomes = XDocument.Load(trx).Descendants(ns + "UnitTestResult").ToList();
        ChecksRun = outcomes.Count;
        if (ChecksRun == 0)
        {
            throw new ReleaseException("the released autograder ran no checks.");
        }

        foreach (var outcome in outcomes)
        {
            var message = outcome.Descendants(ns + "Message").FirstOrDefault()?.Value ?? "";
            if ((string?)outcome.Attribute("outcome") != "Failed" || !message.Contains("not implemented yet", StringComparison.Ordinal))
            {
                throw new ReleaseException($"the released check '{(string?)outcome.Attribute("testName")}' did not fail with the not-implemented guidance ({(string?)outcome.Attribute("outcome")}: {FirstLine(message)}): a stub is not pristine.");
            }
        }
    }

    private void Scan(string repository)
    {
        FilesScanned = 0;
        var encodings = new[] { Encoding.UTF8, Encoding.Unicode };
        var patterns = markers.SelectMany(m => encodings.Select(e => (Marker: m, Bytes: e.GetBytes(m)))).ToList();
        foreach (var file in Directory.EnumerateFiles(repository, "*", SearchOption.AllDirectories))
        {
            FilesScanned++;
            var bytes = File.ReadAllBytes(file);
            foreach (var (marker, pattern) in patterns)
            {
                if (bytes.AsSpan().IndexOf(pattern) >= 0)
                {
                    throw new ReleaseException($"{Path.GetRelativePath(repository, file)} contains instructor-only text \"{marker}\": keep it out of the student repository.");
                }
            }
        }
    }

    private static void Dotnet(string folder, params string[] arguments) => Dotnet(folder, allowFailure: false, arguments);

    private static void Dotnet(string folder, bool allowFailure, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The instructor's MSBuild settings (a Track chosen for the instructor's repository) must not leak in.
        start.Environment.Remove("Track");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new ReleaseException("dotnet could not be started: is the .NET SDK on the PATH?");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 && !allowFailure)
        {
            var text = output.Result + error.Result;
            var first = text.Split('\n').FirstOrDefault(l => l.Contains(" error ", StringComparison.Ordinal)) ?? FirstLine(text);
            throw new ReleaseException($"dotnet {string.Join(' ', arguments.Take(2))} failed in the released folder (exit code {process.ExitCode}): {first.Trim()}");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
