using DecodingChoices.Course;

namespace DecodingChoices.Runner.Checks;

/// <summary>
/// Which exercises call which, as the tutorial builds them: h = σ(Xθ) (1C) calls 1A and 1B; the loss (1D) and the
/// accuracy (1E) call 1C. A check of a later exercise fails while an earlier one it calls is unfinished or wrong,
/// and <c>check</c> says so ("waiting for 1B") rather than blame the later one. The shuffle test (2A) calls the
/// toolkit's model, none of the exercises.
/// </summary>
internal static class ExerciseDependencies
{
    private static readonly Dictionary<string, string[]> Calls = new(StringComparer.Ordinal)
    {
        ["1C"] = ["1A", "1B"],
        ["1D"] = ["1C"],
        ["1E"] = ["1C"],
    };

    /// <summary>Every exercise <paramref name="exercise"/> calls, directly or not, in the tutorial's order.</summary>
    public static IReadOnlyList<Exercise> Of(Exercise exercise)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([exercise.Id]);
        while (pending.TryPop(out var id))
        {
            foreach (var callee in Calls.GetValueOrDefault(id, []))
            {
                if (found.Add(callee))
                {
                    pending.Push(callee);
                }
            }
        }

        return [.. Exercise.All.Where(e => found.Contains(e.Id))];
    }
}
