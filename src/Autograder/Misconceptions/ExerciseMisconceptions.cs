using System.Collections.Concurrent;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// An exercise's misconception catalog: its known wrong versions (<see cref="All"/>) and the probe inputs they
/// are told apart on (<see cref="Probe"/>). Each exercise's catalog lives in its folder beside its checks,
/// src/Exercises/{Id}-{Method}/Checks/{Method}Misconceptions.cs.
/// </summary>
internal abstract class ExerciseMisconceptions
{
    private static readonly Lazy<IReadOnlyDictionary<Exercise, ExerciseMisconceptions>> Catalogs = new(Discover);
    private readonly ConcurrentDictionary<Misconception, Fingerprint> _prints = new();

    /// <summary>The exercise.</summary>
    public abstract Exercise Exercise { get; }

    /// <summary>The known wrong versions, in the order they are tried: the first that matches is named.</summary>
    public abstract IReadOnlyList<Misconception> All { get; }

    /// <summary>The catalog of <paramref name="exercise"/>, or null when it has none.</summary>
    public static ExerciseMisconceptions? For(Exercise exercise) => Catalogs.Value.GetValueOrDefault(exercise);

    /// <summary>Every entry of every exercise, in the tutorial's order.</summary>
    public static IReadOnlyList<Misconception> Everything =>
        [.. Exercise.All.Select(For).OfType<ExerciseMisconceptions>().SelectMany(c => c.All)];

    /// <summary>
    /// Calls the exercise on the probe inputs, in a fixed order that repeats the first inputs (state kept between
    /// calls shows as a different answer) and includes ties and saturation, and records what came back.
    /// </summary>
    public abstract void Probe(ICourseExercises track, Fingerprint print);

    /// <summary>The fingerprint of <paramref name="track"/> on this exercise's probes.</summary>
    public Fingerprint Take(ICourseExercises track)
    {
        var print = new Fingerprint();
        Probe(track, print);
        return print;
    }

    /// <summary>The fingerprint of an entry's wrong version (computed once; entries that keep state start fresh).</summary>
    public Fingerprint PrintOf(Misconception entry) => _prints.GetOrAdd(entry, e => Take(e.Plant()));

    /// <summary>
    /// Probes vector-valued calls: each input set in turn (a fresh copy each time), recording the output, the
    /// inputs as the call left them, and at the end every earlier output as the later calls left it.
    /// </summary>
    protected static void Calls<TIn>(Fingerprint print, IEnumerable<TIn> inputs, Func<TIn, TIn> copy, Func<TIn, double[]?> call, Action<Fingerprint, TIn> recordInputs)
    {
        var returned = new List<double[]?>();
        foreach (var input in inputs)
        {
            var arguments = copy(input);
            returned.Add(print.Output(() => call(arguments)));
            recordInputs(print, arguments);
        }

        returned.ForEach(print.Record);
    }

    /// <summary>Probes number-valued calls, like <see cref="Calls{TIn}"/>.</summary>
    protected static void NumberCalls<TIn>(Fingerprint print, IEnumerable<TIn> inputs, Func<TIn, TIn> copy, Func<TIn, double> call, Action<Fingerprint, TIn> recordInputs)
    {
        foreach (var input in inputs)
        {
            var arguments = copy(input);
            print.Number(() => call(arguments));
            recordInputs(print, arguments);
        }
    }

    /// <summary>An entry whose wrong version is the track <paramref name="make"/> returns (called anew for every fresh copy).</summary>
    protected Misconception Entry(string name, string explanation, string hint, Func<PlantedTrack> make,
        Func<Func<ICourseExercises>, bool>? recognise = null, double tolerance = 1e-9)
    {
        ICourseExercises Plant()
        {
            var track = make();
            track.Factory = Plant;
            return track;
        }

        return new Misconception(Exercise, name, explanation, hint, Plant, recognise, tolerance);
    }

    /// <summary>A copy of a matrix.</summary>
    protected static double[,] Copy(double[,] m) => (double[,])m.Clone();

    private static IReadOnlyDictionary<Exercise, ExerciseMisconceptions> Discover() =>
        typeof(ExerciseMisconceptions).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(ExerciseMisconceptions)))
            .Select(t => (ExerciseMisconceptions)Activator.CreateInstance(t)!)
            .ToDictionary(c => c.Exercise);
}
