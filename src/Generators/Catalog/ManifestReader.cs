using System.Collections.Generic;
using System.Threading;
using DecodingChoices.Generators.Catalog.Json;
using DecodingChoices.Generators.Catalog.Models;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Generators.Catalog;

/// <summary>
/// Turns one <c>exercise.json</c> into an <see cref="ExerciseManifest"/>, and reports what is wrong with it on its
/// own: malformed JSON (COURSE101), missing or mistyped fields (COURSE102, COURSE103), a folder that is not
/// <c>{id}-{method}</c> (COURSE104), a file list that does not start with <c>{method}.cs</c> (COURSE106) and
/// points that are not positive (COURSE110). What needs every manifest at once is <see cref="CatalogBuilder"/>'s job.
/// </summary>
internal static class ManifestReader
{
    /// <summary>The manifest's file name in each exercise folder (Exercise.ManifestFile in the toolkit).</summary>
    public const string FileName = "exercise.json";

    /// <summary>True for a path whose file name is exactly <see cref="FileName"/>.</summary>
    public static bool IsManifest(string path) => string.Equals(System.IO.Path.GetFileName(path), FileName, System.StringComparison.Ordinal);

    /// <summary>The name of the folder that holds the file at <paramref name="path"/>, or "" for none.</summary>
    public static string FolderOf(string path) => System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path) ?? "") ?? "";

    public static ManifestReading Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        text ??= SourceText.From("");
        var problems = new List<ManifestProblem>();
        var fields = new ManifestFields(path, text, problems);
        JsonValue root;
        try
        {
            root = JsonParser.Parse(text.ToString());
        }
        catch (JsonSyntaxException error)
        {
            var position = error.Position < text.Length ? error.Position : text.Length;
            var line = text.Lines.GetLinePosition(position);
            fields.Report(
                DiagnosticDescriptors.MalformedManifest,
                new TextSpan(position, position < text.Length ? 1 : 0),
                error.Reason,
                (line.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                (line.Character + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Done(null, problems);
        }

        if (root is not JsonObject manifest)
        {
            fields.Report(DiagnosticDescriptors.WrongManifestFieldType, root.Span, "The manifest", root.Describe(), "an object");
            return Done(null, problems);
        }

        var id = fields.String(manifest, "id");
        var method = fields.String(manifest, "method");
        var title = fields.String(manifest, "title");
        var task = fields.Int32(manifest, "task");
        var points = fields.Int32(manifest, "points");
        var files = fields.Strings(manifest, "files");
        var stub = fields.Object(manifest, "stub");
        var usings = stub is null ? null : fields.Strings(stub, "usings", "stub.usings");
        var comments = stub is null ? null : fields.Strings(stub, "comments", "stub.comments");
        var stubTask = stub is null ? null : fields.String(stub, "task", "stub.task");

        if (id is null || method is null || title is null || task is null || points is null || files is null
            || usings is null || comments is null || stubTask is null)
        {
            return Done(null, problems);
        }

        var folder = FolderOf(path);
        var expectedFolder = $"{id.Value}-{method.Value}";
        if (!string.Equals(folder, expectedFolder, System.StringComparison.Ordinal))
        {
            fields.Report(DiagnosticDescriptors.FolderMismatch, id.Span, folder, expectedFolder);
        }

        var mainFile = $"{method.Value}.cs";
        var (fileNames, fileArray) = files.Value;
        if (fileNames.Count == 0)
        {
            fields.Report(DiagnosticDescriptors.MainFileMismatch, fileArray.Span, "nothing (the list is empty)", mainFile);
        }
        else if (!string.Equals(fileNames[0], mainFile, System.StringComparison.Ordinal))
        {
            fields.Report(DiagnosticDescriptors.MainFileMismatch, fileArray.Items[0].Span, $"'{fileNames[0]}'", mainFile);
        }

        if (points.Value.Value <= 0)
        {
            fields.Report(
                DiagnosticDescriptors.NonPositivePoints,
                points.Value.Span,
                points.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var exercise = new ExerciseManifest(
            path,
            folder,
            id.Value,
            method.Value,
            title.Value,
            task.Value.Value,
            points.Value.Value,
            fileNames,
            new ManifestStub(usings.Value.Values, comments.Value.Values, stubTask.Value),
            ManifestSpot.In(text, id.Span),
            ManifestSpot.In(text, method.Span),
            ManifestSpot.In(text, task.Value.Span));
        return Done(exercise, problems);
    }

    private static ManifestReading Done(ExerciseManifest? manifest, List<ManifestProblem> problems) =>
        new(manifest, new EquatableArray<ManifestProblem>(problems));
}
