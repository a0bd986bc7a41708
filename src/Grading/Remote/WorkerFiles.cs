using System.Globalization;
using System.Reflection;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Remote;

/// <summary>
/// Stages the worker into a folder of its own: its assembly, the toolkit and the toolkit's packages (every assembly it
/// references, directly or through them, that ships beside the grader rather than in the shared framework), and a
/// runtime configuration for the framework this grader runs on. Only this folder (and the submission) is bound
/// into the sandbox, so the checks, the hidden checks and the reference track, which sit beside the grader,
/// are not there to be loaded or read.
/// </summary>
internal static class WorkerFiles
{
    /// <summary>The worker's assembly name (and file name without <c>.dll</c>).</summary>
    public const string AssemblyName = "DecodingChoices.Grading.Worker";

    /// <summary>Copies the worker into <paramref name="folder"/> and returns the path of its assembly.</summary>
    public static string Stage(string folder)
    {
        Directory.CreateDirectory(folder);
        var worker = Path.Combine(AppContext.BaseDirectory, AssemblyName + ".dll");
        if (!File.Exists(worker))
        {
            throw new FileNotFoundException($"The grading worker {worker} is missing: build src/Grading.Worker (src/Grading references it, so building the grader builds it).", worker);
        }

        foreach (var file in ToolkitFiles().Prepend(worker))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        var version = Environment.Version.ToString(3);
        File.WriteAllText(Path.Combine(folder, AssemblyName + ".runtimeconfig.json"), string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "runtimeOptions": {
                "tfm": "net{{Environment.Version.Major}}.{{Environment.Version.Minor}}",
                "framework": { "name": "Microsoft.NETCore.App", "version": "{{version}}" },
                "configProperties": { "System.Globalization.Invariant": true, "System.GC.Server": false }
              }
            }
            """));
        return Path.Combine(folder, AssemblyName + ".dll");
    }

    /// <summary>
    /// The toolkit's assembly and, transitively, every assembly it references that is a file beside the grader: its
    /// packages (System.Numerics.Tensors, System.IO.Hashing, CsvHelper, …), found from the references themselves so
    /// that a package added to the toolkit is staged without anyone listing it here.
    /// </summary>
    internal static IReadOnlyList<string> ToolkitFiles()
    {
        var files = new List<string>();
        var pending = new Queue<Assembly>([typeof(ICourseExercises).Assembly]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.TryDequeue(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            files.Add(assembly.Location);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (File.Exists(Path.Combine(AppContext.BaseDirectory, reference.Name + ".dll")))
                {
                    pending.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return files;
    }
}
