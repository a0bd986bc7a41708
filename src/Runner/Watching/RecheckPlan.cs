namespace DecodingChoices.Runner.Watching;

/// <summary>
/// What <c>watch</c> runs after a save, each in a fresh process from the repository's root: first
/// <c>dotnet build src/Exercises</c> (quick, and shows compile errors in your code alone), then
/// <c>dotnet run --project src/Runner -- check</c>, which brings the runner up to date with the newly built
/// exercises and checks them in a process of its own (a running process cannot reload its code).
/// </summary>
internal static class RecheckPlan
{
    /// <summary>The two commands, as program and arguments.</summary>
    public static IReadOnlyList<(string Program, string[] Arguments)> Steps { get; } =
    [
        ("dotnet", ["build", "src/Exercises/Exercises.csproj", "-nologo", "-v", "q", "-clp:NoSummary"]),
        ("dotnet", ["run", "--project", "src/Runner", "--", "check"]),
    ];
}
