namespace DecodingChoices.Runner.Tests;

/// <summary>
/// Tests that read which exercise a run of checks calls "the next step". The autograder keeps that in one
/// process-wide slot (<c>StudentCodeFailure.BeginRun</c>), as <c>dotnet test</c> needs it, so another test's check
/// run in parallel can claim it first; the tests in this collection run after the parallel ones, alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CheckRunsAlone
{
    public const string Name = "Check runs that read the next step";
}
