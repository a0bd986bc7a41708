using DecodingChoices.Course;

namespace DecodingChoices.Grading.Compilation;

/// <summary>
/// Per-exercise compilation: a file that does not compile is replaced by its pristine stub and the rest is
/// compiled again, until what is left compiles. So a compile error costs the exercise whose file has it (and
/// the exercises that call that one, which now call the stub), not the others. The warnings of the final compile
/// are kept in the report, so the analyzers' coaching reaches the student's feedback.
/// </summary>
public static class ExerciseCompilation
{
    /// <summary>Compiles <paramref name="sources"/> into <paramref name="assemblyPath"/>, stubbing the files that do not compile.</summary>
    public static CompileReport Compile(IReadOnlyDictionary<Exercise, string> sources, string assemblyPath)
    {
        var current = new Dictionary<Exercise, string>(sources);
        var stubbed = new List<string>();
        var messages = new List<CompilerMessage>();
        for (var round = 0; round <= Exercise.All.Count; round++)
        {
            var outcome = SubmissionCompiler.Compile(current, assemblyPath);
            if (outcome.Succeeded)
            {
                // The warnings of what finally compiled (the course analyzers' coaching, such as COURSE001) go to the student.
                return new CompileReport(true, [.. messages, .. outcome.Warnings], stubbed);
            }

            var blamed = outcome.Errors
                .Select(e => Exercise.All.FirstOrDefault(x => string.Equals(ShippedSources.FileName(x), e.File, StringComparison.OrdinalIgnoreCase)))
                .OfType<Exercise>()
                .Where(current.ContainsKey)
                .Distinct()
                .ToList();
            if (blamed.Count == 0)
            {
                messages.AddRange(outcome.Errors);
                return new CompileReport(false, messages, stubbed);
            }

            foreach (var exercise in blamed)
            {
                messages.AddRange(outcome.Errors.Where(e => string.Equals(e.File, ShippedSources.FileName(exercise), StringComparison.OrdinalIgnoreCase)));
                current.Remove(exercise);
                stubbed.Add(exercise.Id);
            }
        }

        return new CompileReport(false, messages, stubbed);
    }
}
