namespace DecodingChoices.Course;

/// <summary>What an exercise's shipped stub holds besides its signature (from the manifest's <c>stub</c> object).</summary>
/// <param name="Usings">Namespaces the stub imports, such as <c>DecodingChoices.Models</c>.</param>
/// <param name="Comments">Starter comments inside the method, one line each, without the <c>//</c>.</param>
/// <param name="Task">What to write, completing "Open FILE and …", such as "return z with one entry per trial".</param>
internal sealed record StubText(IReadOnlyList<string> Usings, IReadOnlyList<string> Comments, string Task);
