using DecodingChoices.Course;

namespace DecodingChoices.Instructor.Release;

/// <summary>Writes the student repository into a folder, from the instructor's repository at <paramref name="root"/>.</summary>
/// <param name="root">The instructor's repository (the folder with Course.sln).</param>
internal sealed class ReleaseWriter(string root)
{
    /// <summary>The student README, the student CI workflow: templates kept beside this class.</summary>
    private static string Template(string name) => Path.Combine(AppContext.BaseDirectory, "Release", name);

    /// <summary>Writes every file of the student repository into <paramref name="target"/> (an empty folder).</summary>
    /// <returns>The files written, relative to <paramref name="target"/>, with '/'.</returns>
    public IReadOnlyList<string> Write(string target)
    {
        var written = new List<string>();
        void Put(string relative, string text)
        {
            var path = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ReplaceLineEndings("\n"));
            written.Add(relative);
        }

        void Copy(string relative)
        {
            var path = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(Path.Combine(root, relative), path);
            written.Add(relative);
        }

        foreach (var file in StudentRelease.CopiedFiles.Where(f => File.Exists(Path.Combine(root, f))))
        {
            Copy(file);
        }

        foreach (var folder in StudentRelease.CopiedFolders.Where(f => Directory.Exists(Path.Combine(root, f))))
        {
            foreach (var file in FilesUnder(folder))
            {
                Copy(file);
            }
        }

        foreach (var file in FilesUnder(Exercise.ExercisesRoot).Where(f => StudentRelease.CopiesExerciseFile(f[(Exercise.ExercisesRoot.Length + 1)..])))
        {
            Copy(file);
        }

        foreach (var (relative, text) in StudentRelease.RenderedExerciseFiles())
        {
            Put(relative, text);
        }

        Put("Course.sln", SolutionFilter.Filter(File.ReadAllText(Path.Combine(root, "Course.sln")), StudentRelease.InSolution));
        Put("README.md", File.ReadAllText(Template("README.student.md")));
        Put(".github/workflows/course.yml", File.ReadAllText(Template("student-workflow.yml")));
        written.Sort(StringComparer.Ordinal);
        return written;
    }

    /// <summary>The files under <paramref name="folder"/> (relative to the root, with '/'), without build output.</summary>
    private IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj" or "TestResults" or "out"))
            .Order(StringComparer.Ordinal);
}
