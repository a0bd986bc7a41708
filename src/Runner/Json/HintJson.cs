namespace DecodingChoices.Runner.Json;

/// <summary><c>hint --json</c>: the hint shown and where it is in the exercise's list.</summary>
internal sealed record HintJson(string Command, string Exercise, int Number, int Of, string Hint, string Instructions);
