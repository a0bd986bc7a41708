namespace DecodingChoices.Generators.Catalog.Models;

/// <summary>
/// Something wrong with a manifest, found while reading it or while comparing it with the others: a diagnostic
/// to report, written as plain values so that it can travel through the cached pipeline.
/// </summary>
/// <param name="RuleId">The diagnostic's ID, such as <c>COURSE104</c> (see <see cref="DiagnosticDescriptors"/>).</param>
/// <param name="Path">The manifest's path.</param>
/// <param name="Spot">The text to point at.</param>
/// <param name="Arguments">The message's arguments, already formatted.</param>
internal sealed record ManifestProblem(string RuleId, string Path, ManifestSpot Spot, EquatableArray<string> Arguments);
