using System.Runtime.CompilerServices;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// Compares generated source with a committed file under Snapshots/. To accept an intended change, run the
/// tests once with UPDATE_SNAPSHOTS=1, review the diff of the snapshot file and commit it.
/// </summary>
internal static class Snapshot
{
    internal static void Match(string actual, string name, [CallerFilePath] string testFile = "")
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots", name), actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", name);
        File.Exists(path).ShouldBeTrue($"No snapshot {name}: run the tests with UPDATE_SNAPSHOTS=1, review Snapshots/{name} and commit it.");
        actual.ShouldBe(File.ReadAllText(path), $"The generated source differs from Snapshots/{name}. If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and review the diff.");
    }
}
