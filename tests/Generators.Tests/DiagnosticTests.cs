using System.Globalization;
using Microsoft.CodeAnalysis;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>Each SHAPE diagnostic: its ID, its exact message and the text it points at.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public async Task ValidContract_HasNoDiagnostics()
    {
        (await GeneratorHarness.AnalyzeAsync(TestContracts.Representative)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("trials, neurons", "it holds a comma; give each dimension as its own string, as in [Shape(\"trials\", \"neurons\")]")]
    [InlineData("neurons + 1", "it holds a space; write it without spaces, as in \"neurons+1\"")]
    [InlineData("neurons+", "after \"neurons+\" a whole number must follow; write a name (\"trials\"), a size (\"1\"), \"*\" or a name plus or minus a whole number (\"neurons+1\")")]
    [InlineData("2x", "\"2x\" is not a name; write a name (\"trials\"), a size (\"1\"), \"*\" or a name plus or minus a whole number (\"neurons+1\")")]
    [InlineData("", "it is empty; write a name (\"trials\"), a size (\"1\"), \"*\" or a name plus or minus a whole number (\"neurons+1\")")]
    [InlineData("99999999999", "99999999999 is too large for an array size")]
    public async Task MalformedEntry_IsSHAPE001_AtTheEntry(string entry, string reason)
    {
        var source = Contract($$"""
            [return: Shape("n")]
            double[] Fit([Shape("n")] double[] z, [Shape("{{entry}}")] double[] w);
            """);

        await SingleDiagnosticAsync(
            source,
            "SHAPE001",
            $"Shape entry \"{entry}\" on parameter 'w' of 'Fit' is not a dimension: {reason}",
            pointsAt: $"\"{entry}\"");
    }

    [Fact]
    public async Task MalformedEntryInAnArray_PointsAtThatElement()
    {
        var source = Contract("""
            double Fit([Shape(new[] { "trials", "neu rons" })] double[,] X);
            """);

        var diagnostic = (await GeneratorHarness.AnalyzeAsync(source)).ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("SHAPE001");
        PointsAt(diagnostic, source, "\"neu rons\"");
    }

    [Fact]
    public async Task ContractRankDifferentFromTheType_IsSHAPE002_AtTheAttribute()
    {
        var source = Contract("""
            double Loss([Shape("trials")] double[,] X);
            """);

        await SingleDiagnosticAsync(
            source,
            "SHAPE002",
            "[Shape] on parameter 'X' of 'Loss' has 1 entry but its type 'double[,]' has rank 2: give one entry per dimension, rows first",
            pointsAt: "Shape(\"trials\")");
    }

    [Theory]
    [InlineData("[return: Shape(\"n\")]\ndouble Mean([Shape(\"m\")] double[] z);", "the return value of 'Mean'", "double", "Shape(\"n\")")]
    [InlineData("double Mean([Shape(\"n\")] System.Collections.Generic.List<double> z);", "parameter 'z' of 'Mean'", "System.Collections.Generic.List<double>", "Shape(\"n\")")]
    [InlineData("double Mean([Shape(\"n\")] decimal[] z);", "parameter 'z' of 'Mean'", "decimal[]", "Shape(\"n\")")]
    [InlineData("double Mean([Shape(\"n\")] double[]? z);", "parameter 'z' of 'Mean'", "double[]?", "Shape(\"n\")")]
    [InlineData("double Mean([Shape(\"a\", \"b\", \"c\")] double[,,] z);", "parameter 'z' of 'Mean'", "double[,,]", "Shape(\"a\", \"b\", \"c\")")]
    public async Task ContractOnATypeWithoutShape_IsSHAPE003_AtTheAttribute(string member, string where, string type, string attribute)
    {
        var source = Contract(member);

        await SingleDiagnosticAsync(
            source,
            "SHAPE003",
            $"[Shape] on {where} is on type '{type}', which cannot carry a shape contract: use T[] or T[,] of double, float, int, long or bool, not nullable",
            pointsAt: attribute);
    }

    [Fact]
    public async Task ReturnDimensionNoParameterBinds_IsSHAPE004_AtTheEntry()
    {
        var source = Contract("""
            [return: Shape("classes")]
            double[] Predict([Shape("trials", "neurons")] double[,] X);
            """);

        await SingleDiagnosticAsync(
            source,
            "SHAPE004",
            "The return value of 'Predict' uses dimension 'classes', which no parameter binds: give a parameter the entry \"classes\", or use a size or \"*\"",
            pointsAt: "\"classes\"");
    }

    [Fact]
    public async Task ArithmeticOnANameNothingBinds_IsSHAPE005_AtTheEntry()
    {
        var source = Contract("""
            double Fit([Shape("neurons+1")] double[] w, [Shape("trials", "cells")] double[,] X);
            """);

        await SingleDiagnosticAsync(
            source,
            "SHAPE005",
            "Dimension 'neurons' in \"neurons+1\" on parameter 'w' of 'Fit' is unknown: no parameter of 'Fit' has the bare entry \"neurons\" that binds its size",
            pointsAt: "\"neurons+1\"");
    }

    [Theory]
    [InlineData("neuron")]
    [InlineData("Neurons")]
    [InlineData("neurans")]
    public async Task NearDuplicateName_IsSHAPE006_OnTheSpellingThatDidNotBind(string misspelt)
    {
        var source = Contract($$"""
            double Loss([Shape("{{misspelt}}")] double[] theta, [Shape("trials", "neurons")] double[,] X);
            """);

        var diagnostic = await SingleDiagnosticAsync(
            source,
            "SHAPE006",
            $"Dimension '{misspelt}' on parameter 'theta' of 'Loss' looks like a misspelling of 'neurons': different names are different dimensions, so use one spelling",
            pointsAt: $"\"{misspelt}\"");

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task DistinctShortNames_AreNotNearDuplicates()
    {
        var source = Contract("""
            double Outer([Shape("n")] double[] a, [Shape("m")] double[] b, [Shape("trials", "trains")] double[,] c);
            """);

        (await GeneratorHarness.AnalyzeAsync(source)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("double[] Apply<T>(T value);", "Lab.IContract.Apply<T>(T)", "generic methods are not supported", "Apply")]
    [InlineData("void Fill(out double[] values);", "Lab.IContract.Fill(out double[])", "ref, out and in parameters and ref returns are not supported", "Fill")]
    [InlineData("int Count { get; }", "Lab.IContract.Count", "properties, indexers and events are not supported", "Count")]
    public async Task MemberTheCheckedClassCannotImplement_IsSHAPE007_AtTheMember(string member, string display, string reason, string name)
    {
        var source = Contract(member);

        await SingleDiagnosticAsync(
            source,
            "SHAPE007",
            $"'{display}' cannot be implemented by the generated CheckedContract: {reason}; no CheckedContract is generated",
            pointsAt: name);
    }

    [Fact]
    public async Task GenericInterface_IsSHAPE007_AtTheInterface()
    {
        const string source = """
            using DecodingChoices.Shapes;

            namespace Lab;

            [ShapeContract]
            public interface IKernel<T>
            {
                T Apply(T value);
            }
            """;

        await SingleDiagnosticAsync(
            source,
            "SHAPE007",
            "'Lab.IKernel<T>' cannot be implemented by the generated CheckedKernel: generic interfaces are not supported; no CheckedKernel is generated",
            pointsAt: "IKernel");
    }

    [Fact]
    public async Task ContractsOutsideAShapeContractInterface_AreNotAnalyzed()
    {
        const string source = """
            using DecodingChoices.Shapes;

            namespace Lab;

            public interface IPlain
            {
                double Loss([Shape("trials")] double[,] X);
            }
            """;

        (await GeneratorHarness.AnalyzeAsync(source)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryDescriptor_HasAUniqueShapeId()
    {
        var ids = new ShapeContractAnalyzer().SupportedDiagnostics.Select(descriptor => descriptor.Id).ToList();

        ids.ShouldBe(["SHAPE001", "SHAPE002", "SHAPE003", "SHAPE004", "SHAPE005", "SHAPE006", "SHAPE007"]);
    }

    private static string Contract(string members) => $$"""
        using DecodingChoices.Shapes;

        namespace Lab;

        [ShapeContract]
        public interface IContract
        {
        {{members}}
        }
        """;

    /// <summary>Asserts the source has exactly one diagnostic, with this ID and message, covering <paramref name="pointsAt"/>.</summary>
    private static async Task<Diagnostic> SingleDiagnosticAsync(string source, string id, string message, string pointsAt)
    {
        var diagnostic = (await GeneratorHarness.AnalyzeAsync(source)).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(message);
        PointsAt(diagnostic, source, pointsAt);
        return diagnostic;
    }

    /// <summary>Asserts the diagnostic covers exactly <paramref name="text"/>, which the source holds once.</summary>
    private static void PointsAt(Diagnostic diagnostic, string source, string text)
    {
        var start = source.IndexOf(text, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"'{text}' is not in the source");
        source.IndexOf(text, start + 1, StringComparison.Ordinal).ShouldBe(-1, $"'{text}' is in the source more than once");
        var span = diagnostic.Location.SourceSpan;
        source.Substring(span.Start, span.Length).ShouldBe(text);
        span.Start.ShouldBe(start, $"expected the diagnostic at line {diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1} to cover '{text}'");
    }
}
