using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Batch;

/// <summary>The settings of a grading run.</summary>
public sealed record GradingOptions
{
    /// <summary>How the grader starts its worker processes.</summary>
    public required WorkerCommand Worker { get; init; }

    /// <summary>Whether student code and the compiler run in the bubblewrap sandbox (default: when it works here).</summary>
    public Sandbox.SandboxMode Sandbox { get; init; } = Grading.Sandbox.SandboxMode.Auto;

    /// <summary>How long compiling one submission may take (default 60 s).</summary>
    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one check may run before it fails as timed out (default 10 s).</summary>
    public TimeSpan CheckTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The wall-clock budget of one submission, compiling included; when it runs out, the worker is killed
    /// and the checks left fail as timed out. Default: 30 s, plus one check timeout per exercise and one more.
    /// </summary>
    public TimeSpan? SubmissionBudget { get; init; }

    /// <summary>The hidden checks' base seed for this run: fresh unless an instructor replays a run.</summary>
    public ulong HiddenSeed { get; init; } = HiddenCheckSeed.Fresh();

    /// <summary>How many submissions are graded at once (default: one per core).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>The checks to grade with; their worker must have the same ones.</summary>
    public GradingCatalog Catalog { get; init; } = GradingCatalog.Default;

    /// <summary>The bubblewrap program to use, or null to grade without the sandbox.</summary>
    /// <exception cref="InvalidOperationException">The sandbox is required and not available: the message says why.</exception>
    public string? SandboxProgram() => Sandbox switch
    {
        Grading.Sandbox.SandboxMode.Off => null,
        Grading.Sandbox.SandboxMode.Require => Grading.Sandbox.Bubblewrap.Path
            ?? throw new InvalidOperationException($"--require-sandbox: {Grading.Sandbox.Bubblewrap.Unavailable}."),
        _ => Grading.Sandbox.Bubblewrap.Path,
    };

    /// <summary>The submission budget in force.</summary>
    public TimeSpan EffectiveSubmissionBudget => SubmissionBudget ?? TimeSpan.FromSeconds(30) + (Exercise.All.Count + 1) * CheckTimeout;

    /// <summary>The longest a batch of <paramref name="submissions"/> can take: rounds of <see cref="Jobs"/> submissions, each within its budget.</summary>
    public TimeSpan BatchBudget(int submissions) => (int)Math.Ceiling(submissions / (double)Math.Max(1, Jobs)) * EffectiveSubmissionBudget;
}
