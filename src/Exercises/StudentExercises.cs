using DecodingChoices.Course;

namespace DecodingChoices.Exercises;

/// <summary>
/// Your logistic regression, written by hand in five steps, and the shuffle test that asks whether its
/// accuracy is above chance. Each step lives in its own folder, with
/// its instructions (INSTRUCTIONS.md) beside the code:
/// <list type="number">
/// <item><description>1A-TransformInputs: z = Xθ</description></item>
/// <item><description>1B-Sigmoid: σ(z) = 1 / (1 + e^(−z))</description></item>
/// <item><description>1C-ComputeH: h = σ(Xθ)</description></item>
/// <item><description>1D-LogisticLoss: the mean cross-entropy</description></item>
/// <item><description>1E-EvaluateAccuracy: how many trials the fitted θ̂ gets right</description></item>
/// <item><description>2A-ShuffledAccuracies: the shuffle test, with the course's LogisticRegression</description></item>
/// </list>
/// Run <c>dotnet test tests/Exercises.Tests</c> after each step: the autograder tells you what passes,
/// and for what fails, what it expected, what your code returned and a hint.
/// </summary>
public sealed partial class StudentExercises : ICourseExercises
{
}
