using System.Diagnostics;
using DecodingChoices.Grading.Results;

namespace DecodingChoices.Grading.Batch;

/// <summary>
/// Grades a folder of submissions, one sub-folder per student, <see cref="GradingOptions.Jobs"/> at a
/// time, each in isolation (<see cref="SubmissionGrader"/>). Each student's result files are written as
/// soon as that student is graded, and the gradebook once all are: a submission that does not compile,
/// throws, loops or floods the console costs its own points and nobody else's.
/// </summary>
public sealed class BatchGrader(GradingOptions options)
{
    /// <summary>
    /// Grades every sub-folder of <paramref name="submissionsFolder"/> and writes
    /// <c>OUT/&lt;student&gt;/…</c>, <c>OUT/gradebook.csv</c> and the class report (<see cref="ClassReportFiles"/>). <paramref name="graded"/> hears of each student as they finish.
    /// </summary>
    public async Task<BatchResult> GradeAllAsync(string submissionsFolder, string outFolder, Action<SubmissionResult>? graded = null, CancellationToken cancellation = default)
    {
        if (!Directory.Exists(submissionsFolder))
        {
            throw new DirectoryNotFoundException($"The submissions folder '{submissionsFolder}' does not exist: pass a folder with one sub-folder per student.");
        }

        return await GradeAsync(StudentFolders(submissionsFolder), outFolder, perStudentFolders: true, graded, cancellation).ConfigureAwait(false);
    }

    /// <summary>The students of <paramref name="submissionsFolder"/>: its sub-folders except hidden ones such as .git, by name.</summary>
    public static List<(string Name, string Folder)> StudentFolders(string submissionsFolder) =>
        [.. Directory.GetDirectories(submissionsFolder)
            .Select(d => (Name: Path.GetFileName(d), Folder: d))
            .Where(s => !s.Name.StartsWith('.'))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>Grades the single submission in <paramref name="submissionFolder"/>, writing its files directly in <paramref name="outFolder"/>.</summary>
    public Task<BatchResult> GradeOneAsync(string submissionFolder, string outFolder, string? student = null, CancellationToken cancellation = default)
    {
        var name = student ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(submissionFolder)));
        return GradeAsync([(name, submissionFolder)], outFolder, perStudentFolders: false, graded: null, cancellation);
    }

    private async Task<BatchResult> GradeAsync(
        List<(string Name, string Folder)> students, string outFolder, bool perStudentFolders, Action<SubmissionResult>? graded, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(outFolder);
        var grader = new SubmissionGrader(options);
        var results = new SubmissionResult[students.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellation };
        await Parallel.ForEachAsync(Enumerable.Range(0, students.Count), parallel, async (i, token) =>
        {
            var (name, folder) = students[i];
            var result = await grader.GradeAsync(name, folder, token).ConfigureAwait(false);
            ResultFiles.Write(result, perStudentFolders ? Path.Combine(outFolder, name) : outFolder);
            results[i] = result;
            graded?.Invoke(result);
        }).ConfigureAwait(false);

        var gradebook = Path.Combine(outFolder, Gradebook.FileName);
        Gradebook.Write(results, gradebook);
        if (perStudentFolders)
        {
            ClassReportFiles.Write(results, outFolder);
        }

        return new BatchResult(results, clock.Elapsed, gradebook);
    }
}
