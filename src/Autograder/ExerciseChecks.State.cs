using System.Runtime.CompilerServices;
using DecodingChoices.Course;

namespace DecodingChoices.Autograder;

/// <summary>
/// Checks that state cannot fool: the student's code gets copies of the check's inputs (the check computes its
/// expected values from its own), and is called on several inputs in turn and then on the first again, so a
/// function that keeps something between calls (a static cache, a reused array, a sum never reset) shows it.
/// </summary>
public abstract partial class ExerciseChecks
{
    /// <summary>The hint when a second call on the same inputs gives another answer.</summary>
    protected const string KeptStateHint =
        "Your function returned a different result for the same inputs on a second call: does it keep state between calls "
        + "(a static field, a reused array, a sum that is never reset to 0)? Compute everything from the arguments, in local variables.";

    /// <summary>A copy of <paramref name="values"/> for the student's code, so the check keeps its own.</summary>
    protected static double[] Copy(double[] values) => (double[])values.Clone();

    /// <summary>A copy of <paramref name="values"/> for the student's code, so the check keeps its own.</summary>
    protected static int[] Copy(int[] values) => (int[])values.Clone();

    /// <summary>A copy of <paramref name="values"/> for the student's code, so the check keeps its own.</summary>
    protected static double[,] Copy(double[,] values) => (double[,])values.Clone();

    /// <summary>
    /// Makes each call in turn, then the first again: every earlier result must be left as it was by the later calls,
    /// the repeated call must give what the first gave, and each result must be its expected vector.
    /// </summary>
    protected void ExpectNoStateKept(string name, IReadOnlyList<Func<ICourseExercises, double[]?>> calls, IReadOnlyList<double[]> expected,
        string lengthMeaning, ulong? seed = null, double relative = 1e-9, double absolute = 1e-12, [CallerMemberName] string check = "")
    {
        var returned = new List<double[]?>();
        var asReturned = new List<double[]?>();
        foreach (var call in calls)
        {
            var result = Call(call, seed, check);
            returned.Add(result);
            asReturned.Add(result is null ? null : Copy(result));
        }

        var again = Call(calls[0], seed, check);
        for (var k = 0; k < returned.Count; k++)
        {
            if (returned[k] is { } result && !Same(result, asReturned[k]!, relative, absolute))
            {
                throw Fail($"the {name} of call {k + 1} left as it was by later calls: {Show.Vector(asReturned[k]!)}",
                    $"it changed to {Show.Vector(result)} when {Exercise.Method} was called again",
                    $"{Exercise.Method} returns the same array every time (a field it reuses), so a later call overwrites an earlier answer: make a new array in every call.",
                    seed, check);
            }
        }

        if (asReturned[0] is { } first && again is not null && !Same(first, again, relative, absolute))
        {
            throw Fail($"the same {name} for the same inputs on a second call: {Show.Vector(first)}", $"{Show.Vector(again)} on the second call",
                KeptStateHint, seed, check);
        }

        for (var k = 0; k < calls.Count; k++)
        {
            ExpectVector(name, expected[k], asReturned[k], lengthMeaning, seed, relative, absolute, check: check);
        }
    }

    /// <summary>Like <see cref="ExpectNoStateKept"/>, for an exercise that returns one number.</summary>
    protected void ExpectNoStateKeptInNumbers(string what, IReadOnlyList<Func<ICourseExercises, double>> calls, IReadOnlyList<double> expected,
        ulong? seed = null, double relative = 1e-9, double absolute = 1e-12, [CallerMemberName] string check = "")
    {
        var returned = calls.Select(call => Call(call, seed, check)).ToList();
        var again = Call(calls[0], seed, check);
        if (!Same([returned[0]], [again], relative, absolute))
        {
            throw Fail($"the same {what} for the same inputs on a second call: {Show.Number(returned[0])}", $"{Show.Number(again)} on the second call",
                KeptStateHint, seed, check);
        }

        for (var k = 0; k < calls.Count; k++)
        {
            ExpectNumber(what, expected[k], returned[k], seed, relative, absolute, check: check);
        }
    }

    private static bool Same(double[] a, double[] b, double relative, double absolute) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.Equals(p.Second) || Math.Abs(p.First - p.Second) <= relative * Math.Max(Math.Abs(p.First), Math.Abs(p.Second)) + absolute);
}
