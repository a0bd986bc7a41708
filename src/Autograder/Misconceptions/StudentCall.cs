using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// Calls into student code with a time budget (<see cref="DefaultBudget"/>, 10 s): the call runs on its own
/// thread, and when it does not return in time the check fails ("did not return within 10 s: an endless
/// loop?") and the thread is abandoned, still running, so the rest of the run goes on. The exercise is then
/// marked: its remaining checks fail at once instead of each waiting out the budget again; other exercises run.
/// </summary>
internal static class StudentCall
{
    /// <summary>How long one call into student code may take.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(10);

    private static readonly AsyncLocal<TimeSpan?> BudgetOverride = new();
    private static readonly ConcurrentDictionary<(Type Track, Exercise Exercise), bool> Hung = new();

    /// <summary>The budget in force (the course's own tests shorten it with <see cref="WithBudget"/>).</summary>
    public static TimeSpan Budget => BudgetOverride.Value ?? DefaultBudget;

    /// <summary>Shortens the budget for the calling test until the result is disposed.</summary>
    public static IDisposable WithBudget(TimeSpan budget)
    {
        var before = BudgetOverride.Value;
        BudgetOverride.Value = budget;
        return new Restore(() => BudgetOverride.Value = before);
    }

    /// <summary>Whether an earlier call of <paramref name="exercise"/> on this kind of track never returned.</summary>
    public static bool NeverReturned(ICourseExercises track, Exercise exercise) => Hung.ContainsKey((track.GetType(), exercise));

    /// <summary>
    /// Runs <paramref name="call"/> within the budget: its result, or its exception rethrown with its stack;
    /// <see cref="TimeoutException"/> when it did not return in time (and <paramref name="exercise"/> is marked).
    /// </summary>
    public static T Run<T>(ICourseExercises track, Exercise exercise, Func<T> call)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = call();
            }
            catch (Exception e)
            {
                error = ExceptionDispatchInfo.Capture(e);
            }
        }, maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = $"student code: {exercise.Method}",
        };
        thread.Start();
        if (!thread.Join(Budget))
        {
            Hung[(track.GetType(), exercise)] = true;
            throw new TimeoutException($"{exercise.Method} did not return within {Seconds(Budget)}");
        }

        error?.Throw();
        return result;
    }

    /// <summary>"10 s", "0.3 s".</summary>
    public static string Seconds(TimeSpan budget) => $"{budget.TotalSeconds:0.###} s";

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
