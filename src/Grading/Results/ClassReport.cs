using DecodingChoices.Autograder;
using DecodingChoices.Course;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// What a whole class got right and wrong, computed from one batch's <see cref="SubmissionResult"/>s: per
/// exercise, how many students passed it, which known misconceptions the checks recognised and in whose code,
/// and how the total scores spread. <see cref="ClassReportHtml"/> draws it for a person and
/// <see cref="ClassReportCsv"/> writes the same numbers for a spreadsheet, so both always agree.
/// </summary>
/// <remarks>
/// A student counts once per misconception and exercise, however many checks failed with it: the question an
/// instructor asks is "how many students think this", not "how many checks said so". Hidden checks count too
/// (this report is for the instructor, never for students).
/// </remarks>
internal sealed record ClassReport
{
    /// <summary>How many bars the score histogram has at most.</summary>
    public const int MaxBins = 10;

    /// <summary>The students of the batch, by name.</summary>
    public required IReadOnlyList<string> Students { get; init; }

    /// <summary>The most points a submission can earn (all checks, hidden ones included).</summary>
    public required int MaxScore { get; init; }

    /// <summary>The mean total score, 0 for an empty class.</summary>
    public required double MeanScore { get; init; }

    /// <summary>The median total score, 0 for an empty class.</summary>
    public required double MedianScore { get; init; }

    /// <summary>How many submissions ended with each <see cref="SubmissionStatus"/>, in the enum's order, zeros left out.</summary>
    public required IReadOnlyList<(SubmissionStatus Status, int Count)> Statuses { get; init; }

    /// <summary>One summary per exercise, in the tutorial's order.</summary>
    public required IReadOnlyList<ExerciseSummary> Exercises { get; init; }

    /// <summary>The histogram of total scores: consecutive bins of equal width from 0 to <see cref="MaxScore"/>.</summary>
    public required IReadOnlyList<ScoreBin> Histogram { get; init; }

    /// <summary>The base seed of the hidden checks in this run (from the first submission), so the report can be replayed.</summary>
    public ulong? HiddenSeed { get; init; }

    /// <summary>
    /// Every misconception of every exercise, most students first: the list to re-teach from. Ties go in the
    /// tutorial's order, then by name, so the report reads the same on every run.
    /// </summary>
    public IEnumerable<(Exercise Exercise, MisconceptionGroup Group)> ReteachFirst =>
        Exercises
            .SelectMany((e, order) => e.Misconceptions.Select(m => (e.Exercise, Group: m, Order: order)))
            .OrderByDescending(x => x.Group.Count)
            .ThenBy(x => x.Order)
            .ThenBy(x => x.Group.Name, StringComparer.Ordinal)
            .Select(x => (x.Exercise, x.Group));

    /// <summary>Computes the report of <paramref name="results"/> (any order; one result per student).</summary>
    public static ClassReport From(IEnumerable<SubmissionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ordered = results.OrderBy(r => r.Student, StringComparer.Ordinal).ToList();
        var maxScore = ordered.Count == 0 ? GradingCatalog.Default.Checks.Sum(c => c.Points) : ordered.Max(r => r.MaxScore);
        var scores = ordered.Select(r => (double)r.Score).Order().ToList();
        return new ClassReport
        {
            Students = [.. ordered.Select(r => r.Student)],
            MaxScore = maxScore,
            MeanScore = scores.Count == 0 ? 0 : scores.Average(),
            MedianScore = scores.Count == 0 ? 0 : (scores[(scores.Count - 1) / 2] + scores[scores.Count / 2]) / 2,
            Statuses = [.. Enum.GetValues<SubmissionStatus>()
                .Select(s => (Status: s, Count: ordered.Count(r => r.Status == s)))
                .Where(s => s.Count > 0)],
            Exercises = [.. Exercise.All.Select(e => Summarise(e, ordered))],
            Histogram = Bins(ordered, maxScore),
            HiddenSeed = ordered.Count == 0 ? null : ordered[0].HiddenSeed,
        };
    }

    /// <summary>The width of one histogram bin: as small as possible while keeping at most <see cref="MaxBins"/> bins.</summary>
    public static int BinWidth(int maxScore) => Math.Max(1, (maxScore + MaxBins) / MaxBins);

    private static ExerciseSummary Summarise(Exercise exercise, List<SubmissionResult> results)
    {
        var misconceptions = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var notWritten = new List<string>();
        var unrecognised = new List<string>();
        int passedVisible = 0, passedAll = 0;
        foreach (var result in results)
        {
            var checks = result.For(exercise).ToList();
            var failures = checks.Where(c => !c.Passed).Select(c => c.Failure!).ToList();
            passedVisible += checks.Where(c => !c.Check.IsHidden).All(c => c.Passed) ? 1 : 0;
            passedAll += failures.Count == 0 ? 1 : 0;
            var named = failures.Select(f => f.Misconception).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            foreach (var name in named)
            {
                (misconceptions.TryGetValue(name, out var students) ? students : misconceptions[name] = []).Add(result.Student);
            }

            if (failures.Count > 0 && named.Count == 0)
            {
                // A stub, or a file that did not compile, is a different lesson from a wrong answer nobody foresaw.
                (failures.All(f => f.Kind == FailureKind.NotImplemented) ? notWritten : unrecognised).Add(result.Student);
            }
        }

        return new ExerciseSummary(
            exercise,
            results.Count,
            passedVisible,
            passedAll,
            [.. misconceptions
                .Select(m => new MisconceptionGroup(m.Key, m.Value))
                .OrderByDescending(m => m.Count)
                .ThenBy(m => m.Name, StringComparer.Ordinal)],
            notWritten,
            unrecognised);
    }

    private static List<ScoreBin> Bins(List<SubmissionResult> results, int maxScore)
    {
        var width = BinWidth(maxScore);
        var bins = new List<ScoreBin>();
        for (var from = 0; from <= maxScore; from += width)
        {
            var to = Math.Min(from + width - 1, maxScore);
            bins.Add(new ScoreBin(from, to, [.. results.Where(r => r.Score >= from && r.Score <= to).Select(r => r.Student)]));
        }

        return bins;
    }

    /// <summary>How a class did on one exercise.</summary>
    /// <param name="Exercise">The exercise.</param>
    /// <param name="Students">How many students were graded (the denominator of every share).</param>
    /// <param name="PassedVisible">How many passed every visible check of the exercise: what students themselves can see.</param>
    /// <param name="PassedAll">How many passed every check, hidden ones included: the exercise is really done.</param>
    /// <param name="Misconceptions">The misconceptions recognised, most students first.</param>
    /// <param name="NotWritten">
    /// Students whose every failed check of this exercise was "not implemented": a stub left as shipped, or a
    /// file that did not compile (graded as its stub). Nothing to re-teach, but someone to chase.
    /// </param>
    /// <param name="Unrecognised">Students who failed a check of this exercise with no misconception named: mistakes the catalog does not know yet.</param>
    public sealed record ExerciseSummary(
        Exercise Exercise,
        int Students,
        int PassedVisible,
        int PassedAll,
        IReadOnlyList<MisconceptionGroup> Misconceptions,
        IReadOnlyList<string> NotWritten,
        IReadOnlyList<string> Unrecognised)
    {
        /// <summary>The share of students, 0 to 1, who passed every visible check.</summary>
        public double VisibleShare => Share(PassedVisible, Students);

        /// <summary>The share of students, 0 to 1, who passed every check, hidden ones included.</summary>
        public double AllShare => Share(PassedAll, Students);
    }

    /// <summary>One misconception of one exercise and the students whose code matched it, by name.</summary>
    public sealed record MisconceptionGroup(string Name, IReadOnlyList<string> Students)
    {
        public int Count => Students.Count;
    }

    /// <summary>One bar of the score histogram: the students whose total lies in <c>[From, To]</c>, both included.</summary>
    public sealed record ScoreBin(int From, int To, IReadOnlyList<string> Students)
    {
        public int Count => Students.Count;

        /// <summary>"0-7", or "74" for a bin one point wide. A plain hyphen, which every spreadsheet reads.</summary>
        public string Label => From == To ? $"{From}" : $"{From}-{To}";
    }

    /// <summary><paramref name="part"/> of <paramref name="whole"/> as a fraction; 0 when there is no one to count.</summary>
    public static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
