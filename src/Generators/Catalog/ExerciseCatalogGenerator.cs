using System.Collections.Immutable;
using System.Linq;
using DecodingChoices.Generators.Catalog.Models;
using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators.Catalog;

/// <summary>
/// Reads the exercise manifests (<c>src/Exercises/*/exercise.json</c>, passed to the toolkit as
/// <c>AdditionalFiles</c>) and emits <c>Exercise.Catalog.g.cs</c>, the toolkit's list of exercises, so that the
/// manifests are the single source of every exercise's facts. Reports COURSE101–110 in the manifest at fault.
/// </summary>
/// <remarks>
/// <para>Pipeline, each step named in <see cref="CatalogTrackingNames"/>:</para>
/// <list type="number">
/// <item><description><c>Manifests</c>: the additional files named <c>exercise.json</c>, each read on its own into
/// an equatable <see cref="ManifestReading"/>. Editing one manifest re-reads that manifest only.</description></item>
/// <item><description><c>ContractMethods</c>: the method names of <c>ICourseExercises</c> from the compilation. It
/// runs on every edit of C#, but its output (a list of names) compares equal, so nothing after it re-runs.</description></item>
/// <item><description><c>Catalog</c>: every reading collected and combined with those names into a
/// <see cref="CatalogModel"/>: the exercises in task order and every problem.</description></item>
/// </list>
/// <para>
/// The diagnostics are reported from the source output rather than by a separate analyzer: they are about
/// additional files, not C# symbols, and travel as plain values (<see cref="ManifestProblem"/>), so reporting
/// them costs the cache nothing. A manifest that cannot be read is left out of the catalog; its error fails the build.
/// </para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ExerciseCatalogGenerator : IIncrementalGenerator
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Rules = new[]
    {
        DiagnosticDescriptors.MalformedManifest,
        DiagnosticDescriptors.MissingManifestField,
        DiagnosticDescriptors.WrongManifestFieldType,
        DiagnosticDescriptors.FolderMismatch,
        DiagnosticDescriptors.UnknownExerciseMethod,
        DiagnosticDescriptors.MainFileMismatch,
        DiagnosticDescriptors.DuplicateExerciseId,
        DiagnosticDescriptors.DuplicateExerciseTask,
        DiagnosticDescriptors.TaskOutOfSequence,
        DiagnosticDescriptors.NonPositivePoints,
    }.ToImmutableDictionary(rule => rule.Id);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var manifests = context.AdditionalTextsProvider
            .Where(static text => ManifestReader.IsManifest(text.Path))
            .Select(static (text, cancellationToken) => ManifestReader.Read(text.Path, text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(CatalogTrackingNames.Manifests);

        var contractMethods = context.CompilationProvider
            .Select(static (compilation, _) => CourseContract.MethodNames(compilation))
            .WithTrackingName(CatalogTrackingNames.ContractMethods);

        var catalog = manifests.Collect()
            .Combine(contractMethods)
            .Select(static (pair, _) => CatalogBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(CatalogTrackingNames.Catalog);

        context.RegisterSourceOutput(catalog, static (output, model) =>
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            foreach (var problem in model.Problems)
            {
                output.ReportDiagnostic(Diagnostic.Create(Rules[problem.RuleId], problem.Spot.ToLocation(problem.Path), problem.Arguments.Cast<object>().ToArray()));
            }

            if (model.Exercises.Count > 0)
            {
                output.AddSource(CatalogWriter.HintName, CatalogWriter.Write(model));
            }
        });
    }
}
