namespace DecodingChoices.Grading.Batch;

/// <summary>The results of a batch, in student order, and how long it took.</summary>
public sealed record BatchResult(IReadOnlyList<SubmissionResult> Submissions, TimeSpan Elapsed, string GradebookPath);
