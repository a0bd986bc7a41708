using System.Reflection;
using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading;

/// <summary>
/// Every check the grader runs, in the order students read them: exercise by exercise, each exercise's
/// visible checks as written in its file, then its hidden checks. The visible checks are the autograder's;
/// the hidden ones come from the instructor's <c>DecodingChoices.HiddenChecks</c> assembly when it is
/// deployed beside the grader (a student's copy of the course has none).
/// </summary>
public sealed class GradingCatalog
{
    /// <summary>The assembly the instructor's hidden checks are compiled into.</summary>
    public const string HiddenChecksAssemblyName = "DecodingChoices.HiddenChecks";

    private static readonly Lazy<GradingCatalog> LazyDefault = new(Load);
    private readonly Dictionary<string, GradingCheck> _byId;

    private GradingCatalog(IReadOnlyList<GradingCheck> checks, bool hasHiddenChecks)
    {
        Checks = checks;
        HasHiddenChecks = hasHiddenChecks;
        _byId = checks.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The autograder's checks plus the hidden checks deployed beside the grader, if any.</summary>
    public static GradingCatalog Default => LazyDefault.Value;

    public IReadOnlyList<GradingCheck> Checks { get; }

    /// <summary>True when the instructor's hidden checks were found.</summary>
    public bool HasHiddenChecks { get; }

    /// <summary>The check with the id <paramref name="id"/> ("1D.Zero_theta_gives_log_2").</summary>
    public GradingCheck this[string id] => _byId.TryGetValue(id, out var check)
        ? check
        : throw new KeyNotFoundException($"No check has the id '{id}': the grader and its worker were built from different checks.");

    /// <summary>The checks of <paramref name="exercise"/>.</summary>
    public IEnumerable<GradingCheck> For(Exercise exercise) => Checks.Where(c => c.Exercise == exercise);

    /// <summary>The most points <paramref name="exercise"/> can earn.</summary>
    public int MaxPoints(Exercise exercise) => For(exercise).Sum(c => c.Points);

    /// <summary>The most points the whole submission can earn.</summary>
    public int MaxPoints() => Checks.Sum(c => c.Points);

    /// <summary>A catalog of <paramref name="visible"/> and <paramref name="hidden"/> checks.</summary>
    public static GradingCatalog From(IEnumerable<CheckDefinition> visible, IEnumerable<CheckDefinition> hidden)
    {
        var all = visible.Select(c => (Check: c, Hidden: IsMarkedHidden(c)))
            .Concat(hidden.Select(c => (Check: c, Hidden: true)))
            .ToList();
        var checks = new List<GradingCheck>();
        foreach (var exercise in Exercise.All)
        {
            var ofExercise = all.Where(c => c.Check.Exercise == exercise).OrderBy(c => c.Hidden).ToList();
            var hiddenCount = ofExercise.Count(c => c.Hidden);
            var hiddenSoFar = 0;
            for (var i = 0; i < ofExercise.Count; i++)
            {
                var (check, isHidden) = ofExercise[i];
                checks.Add(new GradingCheck(check, GradingCheck.PointsOf(check.Method), isHidden, i + 1,
                    isHidden ? ++hiddenSoFar : 0, isHidden ? hiddenCount : 0));
            }
        }

        return new GradingCatalog(checks, checks.Any(c => c.IsHidden));
    }

    /// <summary>The instructor's hidden checks, or none when their assembly is not deployed beside the grader.</summary>
    public static IReadOnlyList<CheckDefinition> LoadHiddenChecks()
    {
        try
        {
            return CheckCatalog.In(Assembly.Load(new AssemblyName(HiddenChecksAssemblyName)));
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }

    private static GradingCatalog Load() => From(CheckCatalog.All, LoadHiddenChecks());

    private static bool IsMarkedHidden(CheckDefinition check) =>
        check.Method.IsDefined(typeof(HiddenCheckAttribute), inherit: true) || check.ChecksType.IsDefined(typeof(HiddenCheckAttribute), inherit: true);
}
