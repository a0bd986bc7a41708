namespace DecodingChoices.Runner.Json;

/// <summary><c>fit --json</c>: the data, the model's settings, how the fit ended, and where the weights went.</summary>
internal sealed record FitCommandJson(
    string Command,
    DataJson Data,
    double C,
    int Iterations,
    bool Converged,
    string Status,
    string Message,
    double Objective,
    double TrainingAccuracy,
    double Intercept,
    string WeightsFile,
    double Seconds);
