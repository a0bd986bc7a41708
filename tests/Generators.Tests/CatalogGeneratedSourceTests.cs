using Microsoft.CodeAnalysis;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// What the catalog generator writes for the repository's six manifests: the committed snapshot, and C# that
/// compiles with the toolkit's own <c>Exercise</c> and <c>StubText</c> sources, whatever the manifests' order.
/// </summary>
public sealed class CatalogGeneratedSourceTests
{
    /// <summary>What the toolkit's <c>ImplicitUsings</c> give its sources.</summary>
    private const string ToolkitGlobalUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    [Fact]
    public void RealManifests_MatchTheSnapshot()
    {
        var (_, _, result) = CatalogHarness.Run(CatalogHarness.RealManifests());

        result.Diagnostics.ShouldBeEmpty();
        var source = result.GeneratedSources.ShouldHaveSingleItem();
        source.HintName.ShouldBe("Exercise.Catalog.g.cs");
        Snapshot.Match(source.SourceText.ToString(), "Exercise.Catalog.g.cs.txt");
    }

    [Fact]
    public void RealManifests_CompileWithTheToolkitsExerciseRecord()
    {
        var compilation = CatalogHarness.Compile(
            CatalogHarness.Contract,
            ToolkitGlobalUsings,
            RepositoryFiles.Read("src/Toolkit/Course/Exercise.cs"),
            RepositoryFiles.Read("src/Toolkit/Course/StubText.cs"));

        var (_, output, result) = CatalogHarness.Run(CatalogHarness.RealManifests(), compilation);

        result.Exception.ShouldBeNull();
        GeneratorHarness.Problems(output).ShouldBeEmpty();
    }

    [Fact]
    public void ManifestsListedInAnyOrder_AreWrittenInTaskOrder()
    {
        var (_, _, inOrder) = CatalogHarness.Run(CatalogHarness.RealManifests());
        var (_, _, reversed) = CatalogHarness.Run(CatalogHarness.RealManifests().Reverse());

        GeneratorHarness.GeneratedText(reversed).ShouldBe(GeneratorHarness.GeneratedText(inOrder));
    }

    [Fact]
    public void StringsWithEscapes_AreWrittenAsCSharpLiteralsOfTheSameText()
    {
        var manifest = TestManifests.Valid.Replace(
            "\"title\": \"The sigmoid\"",
            "\"title\": \"Say \\\"hi\\\" \\\\ \\u03c3(z)\\ttab\\nline \\u2028 end\"",
            StringComparison.Ordinal);

        var (_, _, result) = CatalogHarness.Run([new InMemoryAdditionalText(CatalogHarness.PathOf("1B-Sigmoid"), manifest)]);

        result.Diagnostics.ShouldBeEmpty();
        GeneratorHarness.GeneratedText(result).ShouldContain("new(\"1B\", \"Sigmoid\", \"Say \\\"hi\\\" \\\\ σ(z)\\ttab\\nline \\u2028 end\")");
    }

    [Fact]
    public void NoManifests_GenerateNothing()
    {
        var (_, _, result) = CatalogHarness.Run([new InMemoryAdditionalText("/repo/notes.json", "{}")]);

        result.GeneratedSources.ShouldBeEmpty();
        result.Diagnostics.ShouldBeEmpty();
    }
}
