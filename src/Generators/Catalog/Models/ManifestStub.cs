namespace DecodingChoices.Generators.Catalog.Models;

/// <summary>The manifest's <c>stub</c> object: what the pristine stub says besides the method's signature.</summary>
/// <param name="Usings">Namespaces the stub imports.</param>
/// <param name="Comments">Starter comments, one line each, without the <c>//</c>.</param>
/// <param name="Task">What to write, completing "Open FILE and …".</param>
internal sealed record ManifestStub(EquatableArray<string> Usings, EquatableArray<string> Comments, string Task);
