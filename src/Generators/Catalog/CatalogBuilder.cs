using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DecodingChoices.Generators.Catalog.Models;

namespace DecodingChoices.Generators.Catalog;

/// <summary>
/// Puts every manifest's reading together into the catalog, and reports what only shows between manifests: a
/// method the exercise contract lacks (COURSE105), a repeated id or task number (COURSE107, COURSE108) and task
/// numbers that do not run from 1 to the number of manifests (COURSE109).
/// </summary>
/// <remarks>
/// The manifests arrive in whatever order the build lists them; they are sorted by path first, so that "already
/// used by" always names the same folder, and the result does not depend on the order of the additional files.
/// </remarks>
internal static class CatalogBuilder
{
    /// <param name="readings">Every manifest's reading, malformed ones included (they count towards n).</param>
    /// <param name="contractMethods">The methods of <c>ICourseExercises</c>, or null when the compilation does not declare it.</param>
    public static CatalogModel Build(ImmutableArray<ManifestReading> readings, EquatableArray<string>? contractMethods)
    {
        var problems = readings.SelectMany(reading => reading.Problems).ToList();
        var manifests = readings
            .Select(reading => reading.Manifest)
            .OfType<ExerciseManifest>()
            .OrderBy(manifest => manifest.Path, StringComparer.Ordinal)
            .ToList();

        if (contractMethods is { } methods)
        {
            foreach (var manifest in manifests.Where(manifest => !methods.Contains(manifest.Method)))
            {
                problems.Add(Problem(DiagnosticDescriptors.UnknownExerciseMethod, manifest, manifest.MethodSpot, manifest.Method, string.Join(", ", methods)));
            }
        }

        var firstWithId = new Dictionary<string, ExerciseManifest>(StringComparer.Ordinal);
        var firstWithTask = new Dictionary<int, ExerciseManifest>();
        foreach (var manifest in manifests)
        {
            if (firstWithId.TryGetValue(manifest.Id, out var first))
            {
                problems.Add(Problem(DiagnosticDescriptors.DuplicateExerciseId, manifest, manifest.IdSpot, manifest.Id, first.Folder));
            }
            else
            {
                firstWithId.Add(manifest.Id, manifest);
            }

            if (firstWithTask.TryGetValue(manifest.Task, out first))
            {
                problems.Add(Problem(DiagnosticDescriptors.DuplicateExerciseTask, manifest, manifest.TaskSpot, Number(manifest.Task), first.Folder));
            }
            else
            {
                firstWithTask.Add(manifest.Task, manifest);
            }

            if (manifest.Task < 1 || manifest.Task > readings.Length)
            {
                problems.Add(Problem(DiagnosticDescriptors.TaskOutOfSequence, manifest, manifest.TaskSpot, Number(manifest.Task), Number(readings.Length)));
            }
        }

        var ordered = manifests
            .OrderBy(manifest => manifest.Task)
            .ThenBy(manifest => manifest.Id, StringComparer.Ordinal)
            .ThenBy(manifest => manifest.Path, StringComparer.Ordinal);
        var sortedProblems = problems
            .OrderBy(problem => problem.Path, StringComparer.Ordinal)
            .ThenBy(problem => problem.Spot.Span.Start)
            .ThenBy(problem => problem.RuleId, StringComparer.Ordinal);
        return new CatalogModel(new EquatableArray<ExerciseManifest>(ordered), new EquatableArray<ManifestProblem>(sortedProblems));
    }

    private static ManifestProblem Problem(Microsoft.CodeAnalysis.DiagnosticDescriptor rule, ExerciseManifest manifest, ManifestSpot spot, params string[] arguments) =>
        new(rule.Id, manifest.Path, spot, new EquatableArray<string>(arguments));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
