using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Generators.Tests;

/// <summary>An additional file held in memory: what MSBuild's <c>AdditionalFiles</c> hands a generator, without the disk.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
