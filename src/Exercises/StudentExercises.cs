using DecodingChoices.Course;

namespace DecodingChoices.Exercises;

/// <summary>
/// Your logistic regression, written by hand in five steps, and the shuffle test that asks whether its
/// accuracy is above chance. Each step lives in its own folder, with its instructions (INSTRUCTIONS.md)
/// and hints (hints.md) beside the code:
/// <list type="number">
/// <item><description>1A-TransformInputs: Compute z = Xθ</description></item>
/// <item><description>1B-Sigmoid: The sigmoid σ(z)</description></item>
/// <item><description>1C-ComputeH: Compute h = σ(Xθ)</description></item>
/// <item><description>1D-LogisticLoss: The cost function</description></item>
/// <item><description>1E-EvaluateAccuracy: Seeing the results: accuracy</description></item>
/// <item><description>2A-ShuffledAccuracies: Assessing accuracy: the shuffle test</description></item>
/// </list>
/// Run <c>dotnet test tests/Exercises.Tests</c> after each step: the autograder tells you what passes,
/// and for what fails, what it expected, what your code returned and a hint.
/// </summary>
public sealed partial class StudentExercises : ICourseExercises
{
}
