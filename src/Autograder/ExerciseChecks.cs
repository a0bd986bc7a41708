using System.Runtime.CompilerServices;
using DecodingChoices.Autograder.Misconceptions;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder;

/// <summary>
/// The base of every exercise's checks. A check is a public method marked <c>[Fact]</c>: xunit runs it
/// on the track under test (the autograder's test classes derive from these), and the course's own
/// tools run it on any <see cref="ICourseExercises"/> by reflection. A check passes by returning and
/// fails by throwing an <see cref="ExerciseCheckException"/> that says what was expected, what came back
/// and what to try.
/// <para>
/// Every call into the student's code has a budget of 10 seconds (<see cref="StudentCall.DefaultBudget"/>): a call that
/// does not return in time fails its check with "did not return within 10 s: an endless loop?", and the exercise's
/// remaining checks fail at once ("not run: an earlier call … never returned") while the other exercises go on.
/// </para>
/// <para>
/// When a check fails with a wrong answer, the student's method is also run on the exercise's misconception catalog
/// (<see cref="MisconceptionMatcher"/>): a known mistake whose outputs match is named first in the message.
/// </para>
/// </summary>
public abstract partial class ExerciseChecks
{
    private readonly CheckedCourseExercises _checked;
    private (bool Tried, Misconception? Found) _recognised;

    protected ExerciseChecks(ICourseExercises track)
    {
        ArgumentNullException.ThrowIfNull(track);
        Track = track;
        _checked = new CheckedCourseExercises(track);
    }

    /// <summary>The implementation under test.</summary>
    public ICourseExercises Track { get; }

    /// <summary>The exercise these checks grade.</summary>
    public abstract Exercise Exercise { get; }

    /// <summary>The numpy/scipy/scikit-learn reference values.</summary>
    protected static ExerciseFixtures Fixtures => ExerciseFixtures.Shared;

    /// <summary>The hint for a wrong value when no more specific diagnosis applies.</summary>
    protected abstract string DefaultHint { get; }

    /// <summary>Random inputs for the calling check, from its own seed.</summary>
    protected RandomInputs RandomInputs([CallerMemberName] string check = "") => new(CheckSeed.For($"{Exercise.Id}.{check}"));

    /// <summary>
    /// Calls the exercise code through the generated shape-checked layer (<see cref="CheckedCourseExercises"/>),
    /// so a wrong shape is reported as a shape mistake; an exception becomes a failed check that names the exercise that threw.
    /// </summary>
    protected T Call<T>(Func<ICourseExercises, T> call, ulong? seed = null, [CallerMemberName] string check = "")
    {
        if (StudentCall.NeverReturned(Track, Exercise))
        {
            throw new ExerciseCheckException(Exercise, Show.CheckTitle(check), FailureKind.TimedOut, $"{Exercise.Method} to return a result",
                $"not run: an earlier call of {Exercise.Label} never returned",
                $"Find the loop in {Exercise.Method} that never ends (a loop variable never incremented, a condition that stays true) and run the checks again.", seed);
        }

        try
        {
            return StudentCall.Run(Track, Exercise, () => call(_checked));
        }
        catch (ExerciseCheckException)
        {
            throw;
        }
        catch (TimeoutException)
        {
            throw new ExerciseCheckException(Exercise, Show.CheckTitle(check), FailureKind.TimedOut, $"{Exercise.Method} to return a result",
                $"{Exercise.Method} did not return within {StudentCall.Seconds(StudentCall.Budget)}: an endless loop?",
                $"Look for a loop in {Exercise.Method} whose condition never becomes false (a for loop counting the wrong way, a while loop whose variable never changes). The remaining checks of {Exercise.Label} are not run.", seed);
        }
        catch (Exception e)
        {
            var failure = StudentCodeFailure.From(Exercise, Show.CheckTitle(check), e, seed);
            return failure.Kind == FailureKind.ShapeMismatch ? throw Named(failure) : throw failure;
        }
    }

    /// <summary>
    /// The misconception the student's code looks like, asked once per check and only when it fails (the probes
    /// call the student's code again).
    /// </summary>
    private Misconception? Recognised()
    {
        if (!_recognised.Tried)
        {
            _recognised = (true, MisconceptionMatcher.Recognise(Exercise, Track));
        }

        return _recognised.Found;
    }

    /// <summary><paramref name="failure"/>, with the misconception the student's outputs match named first (when one does).</summary>
    private ExerciseCheckException Named(ExerciseCheckException failure) =>
        Recognised() is { } m
            ? new ExerciseCheckException(failure.Exercise, failure.Check, failure.Kind, failure.Expected, failure.Actual, m.Hint, failure.Seed, failure.InnerException, m.Name, m.Explanation)
            : failure;

    /// <summary>Fails the calling check.</summary>
    protected ExerciseCheckException Fail(string expected, string actual, string? hint = null, ulong? seed = null, [CallerMemberName] string check = "") =>
        Named(new(Exercise, Show.CheckTitle(check), FailureKind.WrongAnswer, expected, actual, hint ?? DefaultHint, seed));

    /// <summary>Fails the calling check because a result has the wrong length.</summary>
    protected ExerciseCheckException FailShape(string expected, string actual, string hint, ulong? seed = null, [CallerMemberName] string check = "") =>
        Named(new(Exercise, Show.CheckTitle(check), FailureKind.ShapeMismatch, expected, actual, hint, seed));

    /// <summary>
    /// Checks a returned vector entry by entry: not null, the expected length, finite, and within
    /// <c>relative·scale_i + absolute</c> of the expected value. <paramref name="diagnose"/> may name the
    /// likely mistake from the whole returned vector (a sign error, a transposed matrix).
    /// </summary>
    protected void ExpectVector(
        string name,
        double[] expected,
        double[]? actual,
        string lengthMeaning,
        ulong? seed = null,
        double relative = 1e-9,
        double absolute = 1e-12,
        double[]? scale = null,
        Func<double[], string?>? diagnose = null,
        [CallerMemberName] string check = "")
    {
        if (actual is null)
        {
            throw Fail($"{name} with shape {Show.Shape(expected)}", "null", $"Return the array you filled in: {name} = new double[...].", seed, check);
        }

        if (actual.Length != expected.Length)
        {
            throw FailShape($"{name} with shape {Show.Shape(expected)}: {lengthMeaning}", $"shape {Show.Shape(actual)}",
                diagnose?.Invoke(actual) ?? $"{name} needs {lengthMeaning}.", seed, check);
        }

        for (var i = 0; i < actual.Length; i++)
        {
            if (!double.IsFinite(actual[i]))
            {
                throw Fail($"{name}[{i}] = {Show.Number(expected[i])}", $"{name}[{i}] = {Show.Number(actual[i])}",
                    diagnose?.Invoke(actual) ?? DefaultHint, seed, check);
            }
        }

        for (var i = 0; i < actual.Length; i++)
        {
            var tolerance = relative * Math.Max(Math.Abs(expected[i]), scale?[i] ?? 0) + absolute;
            if (!(Math.Abs(actual[i] - expected[i]) <= tolerance))
            {
                throw Fail($"{name}[{i}] = {Show.Number(expected[i])}  (all: {Show.Vector(expected)})",
                    $"{name}[{i}] = {Show.Number(actual[i])}  (all: {Show.Vector(actual)})",
                    diagnose?.Invoke(actual) ?? DefaultHint, seed, check);
            }
        }
    }

    /// <summary>Checks a returned number: finite and within <c>relative·|expected| + absolute</c>.</summary>
    protected void ExpectNumber(
        string what,
        double expected,
        double actual,
        ulong? seed = null,
        double relative = 1e-9,
        double absolute = 1e-12,
        Func<double, string?>? diagnose = null,
        [CallerMemberName] string check = "")
    {
        var tolerance = relative * Math.Abs(expected) + absolute;
        if (!double.IsFinite(actual) || !(Math.Abs(actual - expected) <= tolerance))
        {
            throw Fail($"{what} = {Show.Number(expected)}", $"{what} = {Show.Number(actual)}", diagnose?.Invoke(actual) ?? DefaultHint, seed, check);
        }
    }

    /// <summary>
    /// Calls the exercise with random θ (3 weights), X (6 trials × 3 neurons) and y (6 choices), and checks that
    /// it left all three as they were.
    /// </summary>
    protected void ExpectInputsUnchanged(Action<ICourseExercises, double[], double[,], int[]> call, bool readsLabels, [CallerMemberName] string check = "")
    {
        var inputs = RandomInputs(check);
        var X = inputs.Matrix(6, 3);
        var theta = inputs.Vector(3);
        var y = inputs.Labels(6);
        var (thetaBefore, XBefore, yBefore) = ((double[])theta.Clone(), (double[,])X.Clone(), (int[])y.Clone());
        Call<object?>(t => { call(t, theta, X, y); return null; }, inputs.Seed, check);
        ExpectUnchanged("theta", thetaBefore, theta, check);
        ExpectUnchanged("X", XBefore, X, check);
        if (readsLabels)
        {
            ExpectUnchanged("y", yBefore, y, check);
        }
    }

    /// <summary>Checks that a call left its inputs as they were.</summary>
    protected void ExpectUnchanged<T>(string name, T[] before, T[] after, [CallerMemberName] string check = "")
        where T : IEquatable<T>
    {
        for (var i = 0; i < before.Length; i++)
        {
            if (!before[i].Equals(after[i]))
            {
                throw Fail($"the argument {name} left as it was", $"the argument {name} changed, first at index {i}: {name}[{i}] went from {before[i]} to {after[i]}",
                    $"{Exercise.Method} must not write into its arguments: make a new array for the result.", check: check);
            }
        }
    }

    /// <summary>Checks that a call left a matrix argument as it was.</summary>
    protected void ExpectUnchanged(string name, double[,] before, double[,] after, [CallerMemberName] string check = "")
    {
        for (var i = 0; i < before.GetLength(0); i++)
        {
            for (var j = 0; j < before.GetLength(1); j++)
            {
                if (!before[i, j].Equals(after[i, j]))
                {
                    throw Fail($"the argument {name} left as it was", $"the argument {name} changed, first at index [{i}, {j}]: {name}[{i}, {j}] went from {before[i, j]} to {after[i, j]}",
                        $"{Exercise.Method} must not write into its arguments: make a new array for the result.", check: check);
                }
            }
        }
    }
}
