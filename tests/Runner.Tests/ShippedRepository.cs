namespace DecodingChoices.Runner.Tests;

/// <summary>
/// A throwaway copy of the course repository's student side (Course.sln and src/Exercises without bin/ and obj/,
/// with the exercises' files reset to the pristine stubs), for tests that compile or edit the student's files
/// without touching the real ones and without depending on what the working copy holds.
/// </summary>
internal sealed class ShippedRepository : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private ShippedRepository()
    {
    }

    /// <summary>The copy's root (it has Course.sln).</summary>
    public string Root => _folder.Path;

    /// <summary>A correct 1B, as a student might write it.</summary>
    public const string Sigmoid = """
        namespace DecodingChoices.Exercises;

        public sealed partial class StudentExercises
        {
            public double[] Sigmoid(double[] z)
            {
                var h = new double[z.Length];
                for (var i = 0; i < z.Length; i++)
                {
                    h[i] = 1 / (1 + Math.Exp(-z[i]));
                }

                return h;
            }
        }
        """;

    /// <summary>The real repository's root, found above the test assembly.</summary>
    public static string RealRoot() => DecodingChoices.Course.RepositorySearch.RootAboveAssembly();

    public static ShippedRepository Copy()
    {
        var copy = new ShippedRepository();
        var real = RealRoot();
        File.WriteAllText(Path.Combine(copy.Root, "Course.sln"), "");
        var source = Path.Combine(real, "src", "Exercises");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split('/', '\\').Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(copy.Root, "src", "Exercises", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // The exercises' files as shipped, whatever the working copy holds (a maintainer may have solved them).
        PristineTrack.WriteTo(copy.Root);
        return copy;
    }

    public void Dispose() => _folder.Dispose();
}
