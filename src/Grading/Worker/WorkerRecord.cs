using System.Text.Json.Serialization;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// One line of the journal a grading worker writes as it goes: a check started, a check's outcome, the
/// end of the run, or a problem that stopped the worker. Because each line is flushed at once, a worker
/// the grader kills (an endless loop) or that dies (a stack overflow) loses nothing it had finished.
/// </summary>
public sealed record WorkerRecord
{
    public const string Started = "started";
    public const string Outcome = "outcome";
    public const string Done = "done";
    public const string Fatal = "fatal";

    /// <summary>Which kind of line: <see cref="Started"/>, <see cref="Outcome"/>, <see cref="Done"/> or <see cref="Fatal"/>.</summary>
    [JsonPropertyName("event")]
    public required string Event { get; init; }

    /// <summary>The check's id, such as <c>1D.Zero_theta_gives_log_2</c>.</summary>
    [JsonPropertyName("check")]
    public string? Check { get; init; }

    /// <summary>The failure, or null when the check passed.</summary>
    [JsonPropertyName("failure")]
    public CheckFailure? Failure { get; init; }

    /// <summary>Set when the check was not run, with the reason.</summary>
    [JsonPropertyName("not_run")]
    public string? NotRunReason { get; init; }

    [JsonPropertyName("output")]
    public string? Output { get; init; }

    [JsonPropertyName("output_length")]
    public long OutputLength { get; init; }

    [JsonPropertyName("seconds")]
    public double Seconds { get; init; }

    /// <summary>
    /// True for an outcome that stopped its worker: a timeout, or the process dying or being killed. The
    /// exercise's remaining checks are then recorded as not run rather than run into the same wall again.
    /// </summary>
    [JsonPropertyName("ends_exercise")]
    public bool EndsExercise { get; init; }

    /// <summary>For <see cref="Fatal"/>: what went wrong.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The outcome line of a check.</summary>
    public static WorkerRecord For(string check, CheckFailure? failure, CapturedOutput output, TimeSpan elapsed, string? notRunReason = null) => new()
    {
        Event = Outcome,
        Check = check,
        Failure = failure,
        NotRunReason = notRunReason,
        Output = output.Text,
        OutputLength = output.Length,
        Seconds = elapsed.TotalSeconds,
    };

    /// <summary>This outcome as a result of <paramref name="catalog"/>'s check.</summary>
    public CheckResult ToResult(GradingCatalog catalog) =>
        new(catalog[Check!], Failure, new CapturedOutput(Output ?? "", OutputLength), TimeSpan.FromSeconds(Seconds), NotRunReason);
}
