namespace DecodingChoices.Runner.Tests;

/// <summary>One walkthrough on the bundled data with the reference track and 20 shuffles, shared by a test class.</summary>
public sealed class BundledWalkthrough : IDisposable
{
    public const int Shuffles = 20;

    private readonly TemporaryFolder _folder = new();

    public BundledWalkthrough()
    {
        OutFolder = _folder.File("out");
        Run = CourseRun.Of("--shuffles", Shuffles.ToString(), "--out", OutFolder);
    }

    public string OutFolder { get; }

    internal CourseRun Run { get; }

    public void Dispose() => _folder.Dispose();
}
