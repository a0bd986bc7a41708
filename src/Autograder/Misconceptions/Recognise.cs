using DecodingChoices.Course;

namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>Behaviours that give a mistake away when its outputs cannot be predicted (a constant, a race).</summary>
internal static class Recognise
{
    /// <summary>
    /// Outputs that do not depend on the input: the same on three different inputs, where the right answers differ.
    /// </summary>
    public static Func<Func<ICourseExercises>, bool> SameWhateverTheInput(params Func<ICourseExercises, double[]?>[] calls) => fresh =>
    {
        var track = fresh();
        var outputs = calls.Select(call => call(track)).ToList();
        var right = calls.Select(call => call(new CorrectTrack())).ToList();
        return outputs.All(o => o is not null && outputs[0] is not null && o.SequenceEqual(outputs[0]!))
            && right.Skip(1).Any(r => r is not null && right[0] is not null && !r.SequenceEqual(right[0]!));
    };
}
