namespace DecodingChoices.Autograder;

/// <summary>
/// Marks an instructor-only check (on its method or on its whole class): it counts toward the grade,
/// but a student sees only that it passed or failed, never its code, its inputs or its message.
/// Hidden checks live in <c>src/HiddenChecks</c>, which instructors keep out of the student repository,
/// and draw their inputs from <see cref="HiddenCheckSeed"/>, fresh for every grading run.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class HiddenCheckAttribute : Attribute;
