using System.ComponentModel;
using DecodingChoices.Instructor.Release;
using DecodingChoices.Runner;
using DecodingChoices.Runner.Commands;
using DecodingChoices.Runner.Commands.Settings;
using DecodingChoices.Runner.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DecodingChoices.Instructor.Commands;

/// <summary>
/// <c>course-instructor release DIR</c>: writes the student repository into <c>DIR</c> (new or empty), ready to
/// push: the exercises with their pristine stubs, instructions, hints and visible checks, the student's runner,
/// the toolkit, the data, a student README and CI. It is written into a scratch folder beside DIR, built and
/// checked there (<see cref="ReleaseVerifier"/>), and moved into place only when every check passes, so a failed
/// release leaves nothing behind.
/// </summary>
internal sealed class ReleaseCommand(RunnerOutput output) : CourseCommand<ReleaseCommand.Settings>(output)
{
    public sealed class Settings : JsonSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("Where to write the student repository: a new folder, or an empty one (outside this repository).")]
        public string Target { get; init; } = "";

        [CommandOption("--no-verify")]
        [Description("Skip building and checking the result (faster; for trying out the layout only).")]
        [DefaultValue(false)]
        public bool NoVerify { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Target))
            {
                return ValidationResult.Error("DIR: give the folder to write the student repository into, such as ../decoding-choices-student.");
            }

            var full = Path.GetFullPath(Target);
            if (File.Exists(full))
            {
                return ValidationResult.Error($"{Target} is a file: give a new or empty folder.");
            }

            if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            {
                return ValidationResult.Error($"{Target} is not empty: give a new or empty folder (the release never overwrites).");
            }

            return ValidationResult.Success();
        }
    }

    protected override string Name => "release";

    protected override int Run(Settings settings, CancellationToken cancellationToken)
    {
        var root = CourseRepository.Root();
        var target = Path.GetFullPath(settings.Target);
        if (target.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new RunnerException($"{settings.Target} is inside the instructor's repository ({root}): release to a folder outside it, such as ../decoding-choices-student.");
        }

        var parent = Path.GetDirectoryName(target) ?? throw new RunnerException($"{settings.Target}: give a folder with a parent folder.");
        Directory.CreateDirectory(parent);
        var scratch = Path.Combine(parent, $".{Path.GetFileName(target)}.release-{Guid.NewGuid():N}");
        try
        {
            var files = new ReleaseWriter(root).Write(scratch);
            var verifier = new ReleaseVerifier(InstructorOnlyMarkers.Read(root), step => Console.MarkupLineInterpolated($"[grey]{step}…[/]"));
            if (!settings.NoVerify)
            {
                verifier.Verify(scratch);
                DeleteBuildOutput(scratch);
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(scratch, target);
            Console.MarkupLineInterpolated($"Wrote the student repository to [bold]{target}[/]: {files.Count} files.");
            if (!settings.NoVerify)
            {
                Console.WriteLine($"Checked: it builds with warnings as errors; all {verifier.ChecksRun} visible checks fail with the not-implemented guidance; no instructor-only text in {verifier.FilesScanned} files and assemblies.");
            }

            Console.WriteLine($"Next: cd {settings.Target} && git init && git add -A && git commit -m \"Decoding Choices in C#\", then push it where your students fork or clone it.");
            return ExitCodes.Success;
        }
        catch (ReleaseException e)
        {
            throw new RunnerException($"release failed: {e.Message}", ExitCodes.Unexpected);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>The verification's bin/ and obj/ folders: the student builds their own.</summary>
    private static void DeleteBuildOutput(string repository)
    {
        foreach (var folder in Directory.EnumerateDirectories(repository, "*", SearchOption.AllDirectories).Where(d => Path.GetFileName(d) is "bin" or "obj").ToList())
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
