using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators;

/// <summary>Emits shape checks for [Shape] contracts (see the shape-contract issue).</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ShapeCheckGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
