using System.Globalization;
using System.Numerics.Tensors;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Remote;

/// <summary>
/// Stages the worker into a folder of its own: its assembly, the toolkit and the toolkit's two packages, and a
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

        foreach (var file in new[] { worker, typeof(ICourseExercises).Assembly.Location, typeof(TensorPrimitives).Assembly.Location, typeof(CsvHelper.CsvReader).Assembly.Location })
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
}
