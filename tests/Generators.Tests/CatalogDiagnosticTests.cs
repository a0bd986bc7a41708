using Microsoft.CodeAnalysis;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>Each COURSE diagnostic of the catalog generator: its ID, its exact message, its file and the text it points at.</summary>
public sealed class CatalogDiagnosticTests
{
    private const string Folder = "1B-Sigmoid";

    [Fact]
    public void RealManifests_HaveNoDiagnostics()
    {
        CatalogHarness.Run(CatalogHarness.RealManifests()).Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void ValidManifest_HasNoDiagnostics()
    {
        CatalogHarness.Diagnose((Folder, TestManifests.Valid)).ShouldBeEmpty();
    }

    [Fact]
    public void MissingComma_IsCOURSE101_WithLineAndColumn()
    {
        var text = Edit("\"task\": 1,", "\"task\": 1");

        var diagnostic = Single(CatalogHarness.Diagnose((Folder, text)), "COURSE101", "The manifest is not valid JSON at line 6, column 3: expected '}' or ',' after a property, not '\"'");

        PointsAt(diagnostic, text, "\"", Folder, atOffset: text.IndexOf("\"points\"", StringComparison.Ordinal));
        diagnostic.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(5, 2));
    }

    [Theory]
    [InlineData("\"title\": \"The sigmoid\"", "\"title\": 'The sigmoid'", "'", "unexpected ''' where a value should start (a string, a number, an object, an array, true, false or null)")]
    [InlineData("\"title\": \"The sigmoid\"", "\"title\": \"The \\q sigmoid\"", "\\q", "\\q is not an escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX")]
    [InlineData("\"title\": \"The sigmoid\"", "\"title\": \"The \\u03g3 sigmoid\"", "\\u03g3", "\\u must be followed by four hex digits, not \"03g3\"")]
    [InlineData("\"comments\": [\"one\"]", "\"comments\": [\"one\",]", "]", "unexpected ']' where a value should start (a string, a number, an object, an array, true, false or null)")]
    [InlineData("\"points\": 10,", "\"points\": 010,", "1", "a number cannot start with 0 followed by more digits")]
    [InlineData("\"id\": \"1B\",", "\"id\": \"1B\",\n  \"id\": \"1C\",", "\"id\": \"1C\"", "the key \"id\" appears twice in one object")]
    public void MalformedJson_IsCOURSE101_AtTheOffendingCharacter(string original, string replacement, string pointsAt, string reason)
    {
        var text = Edit(original, replacement);
        var offset = text.IndexOf(replacement, StringComparison.Ordinal) + replacement.IndexOf(pointsAt, StringComparison.Ordinal);
        var (line, column) = LineAndColumn(text, offset);

        var diagnostic = Single(CatalogHarness.Diagnose((Folder, text)), "COURSE101", $"The manifest is not valid JSON at line {line}, column {column}: {reason}");

        PointsAt(diagnostic, text, pointsAt[..1], Folder, offset);
    }

    [Fact]
    public void UnclosedObject_IsCOURSE101_AtTheEnd()
    {
        var text = TestManifests.Valid[..^1].TrimEnd();

        var diagnostic = Single(CatalogHarness.Diagnose((Folder, text)), "COURSE101", "The manifest is not valid JSON at line 12, column 4: the text ends inside an object");

        diagnostic.Location.SourceSpan.ShouldBe(new Microsoft.CodeAnalysis.Text.TextSpan(text.Length, 0));
    }

    [Theory]
    [InlineData("  \"points\": 10,\n", "points", "a whole number", "{")]
    [InlineData("  \"files\": [\"Sigmoid.cs\"],\n", "files", "an array of strings", "{")]
    [InlineData(",\n    \"task\": \"return sigma.\"", "stub.task", "a string", "{\n    \"usings\"")]
    public void MissingField_IsCOURSE102_AtTheObjectsOpeningBrace(string removed, string field, string expected, string brace)
    {
        var text = Edit(removed, "");

        var diagnostic = Single(CatalogHarness.Diagnose((Folder, text)), "COURSE102", $"Manifest field \"{field}\" is missing: add it, as {expected}");

        PointsAt(diagnostic, text, "{", Folder, text.IndexOf(brace, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"task\": 1,", "\"task\": \"1\",", "\"1\"", "Manifest field \"task\" is a string, but it must be a whole number")]
    [InlineData("\"points\": 10,", "\"points\": 10.5,", "10.5", "Manifest field \"points\" is the number 10.5, but it must be a whole number")]
    [InlineData("\"points\": 10,", "\"points\": 99999999999,", "99999999999", "Manifest field \"points\" is the number 99999999999, but it must be a whole number")]
    [InlineData("\"files\": [\"Sigmoid.cs\"],", "\"files\": \"Sigmoid.cs\",", "\"Sigmoid.cs\"", "Manifest field \"files\" is a string, but it must be an array of strings")]
    [InlineData("\"comments\": [\"one\"],", "\"comments\": [\"one\", 2],", "2", "Manifest field \"stub.comments[1]\" is a whole number, but it must be a string")]
    [InlineData("\"id\": \"1B\",", "\"id\": null,", "null", "Manifest field \"id\" is null, but it must be a string")]
    [InlineData("\"stub\": {", "\"stub\": [], \"unused\": {", "[]", "Manifest field \"stub\" is an array, but it must be an object")]
    public void WronglyTypedField_IsCOURSE103_AtTheValue(string original, string replacement, string pointsAt, string message)
    {
        var text = Edit(original, replacement);

        var diagnostic = Single(CatalogHarness.Diagnose((Folder, text)), "COURSE103", message);

        PointsAt(diagnostic, text, pointsAt, Folder, text.IndexOf(replacement, StringComparison.Ordinal) + replacement.IndexOf(pointsAt, StringComparison.Ordinal));
    }

    [Fact]
    public void ManifestThatIsNotAnObject_IsCOURSE103()
    {
        Single(CatalogHarness.Diagnose((Folder, "[1, 2]")), "COURSE103", "The manifest is an array, but it must be an object");
    }

    [Fact]
    public void FolderNotNamedIdDashMethod_IsCOURSE104_AtTheId()
    {
        var diagnostic = Single(
            CatalogHarness.Diagnose(("1B-Sigmoids", TestManifests.Valid)),
            "COURSE104",
            "The folder is named '1B-Sigmoids', but the manifest's id and method name it '1B-Sigmoid': rename the folder or correct the manifest");

        PointsAt(diagnostic, TestManifests.Valid, "\"1B\"", "1B-Sigmoids");
    }

    [Fact]
    public void MethodNotOnTheContract_IsCOURSE105_AtTheMethod()
    {
        var text = TestManifests.For("1B", "Sigmoids", task: 1);

        var diagnostic = Single(
            CatalogHarness.Diagnose(("1B-Sigmoids", text)),
            "COURSE105",
            $"Method 'Sigmoids' is not a member of DecodingChoices.Course.ICourseExercises: name one of its methods ({string.Join(", ", CatalogHarness.ContractMethods)})");

        PointsAt(diagnostic, text, "\"Sigmoids\"", "1B-Sigmoids");
    }

    [Fact]
    public void WithoutTheContract_MethodsAreNotChecked()
    {
        var manifest = new InMemoryAdditionalText(CatalogHarness.PathOf("1B-Sigmoids"), TestManifests.For("1B", "Sigmoids", task: 1));

        CatalogHarness.Run([manifest], CatalogHarness.Compile("namespace Other;\npublic interface ICourseExercises { }\n")).Result.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[\"Helpers.cs\", \"Sigmoid.cs\"]", "\"Helpers.cs\"", "'Helpers.cs'")]
    [InlineData("[\"sigmoid.cs\"]", "\"sigmoid.cs\"", "'sigmoid.cs'")]
    [InlineData("[]", "[]", "nothing (the list is empty)")]
    public void FileListNotStartingWithTheMethodsFile_IsCOURSE106(string files, string pointsAt, string startsWith)
    {
        var text = Edit("[\"Sigmoid.cs\"]", files);

        var diagnostic = Single(
            CatalogHarness.Diagnose((Folder, text)),
            "COURSE106",
            $"The file list must start with 'Sigmoid.cs', the file that declares the method, but it starts with {startsWith}");

        PointsAt(diagnostic, text, pointsAt, Folder);
    }

    [Fact]
    public void TwoManifestsWithOneId_IsCOURSE107_AtTheLaterFoldersId()
    {
        var computeH = TestManifests.For("1B", "ComputeH", task: 1);
        var sigmoid = TestManifests.For("1B", "Sigmoid", task: 2);

        var diagnostic = Single(
            CatalogHarness.Diagnose(("1B-Sigmoid", sigmoid), ("1B-ComputeH", computeH)),
            "COURSE107",
            "Exercise id '1B' is already used by 1B-ComputeH: each exercise needs its own id");

        PointsAt(diagnostic, sigmoid, "\"1B\"", "1B-Sigmoid");
    }

    [Fact]
    public void TwoManifestsWithOneTask_IsCOURSE108_AtTheLaterFoldersTask()
    {
        var transform = TestManifests.For("1A", "TransformInputs", task: 1);
        var sigmoid = TestManifests.For("1B", "Sigmoid", task: 1);

        var diagnostic = Single(
            CatalogHarness.Diagnose(("1B-Sigmoid", sigmoid), ("1A-TransformInputs", transform)),
            "COURSE108",
            "Task 1 is already the task of 1A-TransformInputs: each exercise needs its own task number");

        PointsAt(diagnostic, sigmoid, "1", "1B-Sigmoid", sigmoid.IndexOf("\"task\": 1", StringComparison.Ordinal) + "\"task\": ".Length);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-1)]
    public void TaskOutsideOneToN_IsCOURSE109_AtTheTask(int task)
    {
        var transform = TestManifests.For("1A", "TransformInputs", task: 1);
        var sigmoid = TestManifests.For("1B", "Sigmoid", task: task);

        var diagnostic = Single(
            CatalogHarness.Diagnose(("1A-TransformInputs", transform), ("1B-Sigmoid", sigmoid)),
            "COURSE109",
            $"Task {task} is outside 1..2: the 2 exercises must be numbered 1 to 2 without gaps");

        PointsAt(diagnostic, sigmoid, $"{task}", "1B-Sigmoid", sigmoid.IndexOf($"\"task\": {task},", StringComparison.Ordinal) + "\"task\": ".Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void PointsNotPositive_IsCOURSE110_AtThePoints(int points)
    {
        var text = Edit("\"points\": 10,", $"\"points\": {points},");

        var diagnostic = Single(CatalogHarness.Diagnose((Folder, text)), "COURSE110", $"Points must be positive, but the manifest gives {points}");

        PointsAt(diagnostic, text, $"{points}", Folder);
    }

    [Fact]
    public void EveryProblemOfOneManifest_IsReportedInOnePass()
    {
        var text = Edit("\"task\": 1,", "\"task\": \"1\",").Replace("\"points\": 10,", "\"points\": true,", StringComparison.Ordinal);

        CatalogHarness.Diagnose((Folder, text)).Select(diagnostic => diagnostic.Id).ShouldBe(["COURSE103", "COURSE103"]);
    }

    [Fact]
    public void ManifestDiagnostics_AreErrors()
    {
        var diagnostic = CatalogHarness.Diagnose((Folder, "{")).ShouldHaveSingleItem();

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.ToString().ShouldStartWith($"{CatalogHarness.PathOf(Folder)}(1,2): error COURSE101: ");
    }

    private static string Edit(string original, string replacement)
    {
        TestManifests.Valid.ShouldContain(original);
        return TestManifests.Valid.Replace(original, replacement, StringComparison.Ordinal);
    }

    private static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id, string message)
    {
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(id);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(message);
        return diagnostic;
    }

    /// <summary>Asserts the diagnostic is in the folder's manifest, on <paramref name="text"/> at <paramref name="atOffset"/> (default: its first occurrence).</summary>
    private static void PointsAt(Diagnostic diagnostic, string manifest, string text, string folder, int atOffset = -1)
    {
        var lineSpan = diagnostic.Location.GetLineSpan();
        lineSpan.Path.ShouldBe(CatalogHarness.PathOf(folder));
        var span = diagnostic.Location.SourceSpan;
        manifest.Substring(span.Start, span.Length).ShouldBe(text);
        span.Start.ShouldBe(atOffset >= 0 ? atOffset : manifest.IndexOf(text, StringComparison.Ordinal));
        var (line, column) = LineAndColumn(manifest, span.Start);
        (lineSpan.StartLinePosition.Line + 1, lineSpan.StartLinePosition.Character + 1).ShouldBe((line, column));
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var before = text[..offset];
        return (before.Count(c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
