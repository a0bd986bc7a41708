namespace DecodingChoices.Grading.Results;

/// <summary>
/// Where a batch's class report goes, beside <c>gradebook.csv</c>: <c>class-report.html</c> to read and
/// <c>class-report.csv</c> with the same numbers, both computed once from the same <see cref="ClassReport"/>.
/// </summary>
internal static class ClassReportFiles
{
    public const string Html = "class-report.html";
    public const string Csv = "class-report.csv";

    /// <summary>Computes the class report of <paramref name="results"/> and writes its two files in <paramref name="outFolder"/>.</summary>
    public static ClassReport Write(IReadOnlyList<SubmissionResult> results, string outFolder)
    {
        var report = ClassReport.From(results);
        ClassReportHtml.Write(report, Path.Combine(outFolder, Html));
        ClassReportCsv.Write(report, Path.Combine(outFolder, Csv));
        return report;
    }
}
