using DecodingChoices.Runner.Plots;

namespace DecodingChoices.Runner.Json;

/// <summary><c>report --json</c>: where the report went and what it holds.</summary>
internal sealed record ReportJson(
    string Command,
    string Track,
    string? StudentName,
    string ReportFile,
    int ExercisesDone,
    int Exercises,
    bool WalkthroughCompleted,
    StopJson? StoppedAt,
    string AnswersFile,
    int UnansweredQuestions,
    IReadOnlyList<PlotFile> Plots,
    int ExitCode);
