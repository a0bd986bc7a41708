namespace DecodingChoices.Course;

/// <summary>One step of the course, as the tutorial numbers it.</summary>
/// <param name="Id">The tutorial's label, such as <c>1A</c>.</param>
/// <param name="Method">The C# method the student writes, such as <c>TransformInputs</c>.</param>
/// <param name="Title">What the step computes, in the tutorial's words.</param>
public sealed record Exercise(string Id, string Method, string Title)
{
    public static Exercise TransformInputs { get; } = new("1A", nameof(ICourseExercises.TransformInputs), "Compute z = Xθ");
    public static Exercise Sigmoid { get; } = new("1B", nameof(ICourseExercises.Sigmoid), "The sigmoid σ(z)");
    public static Exercise ComputeH { get; } = new("1C", nameof(ICourseExercises.ComputeH), "Compute h = σ(Xθ)");
    public static Exercise LogisticLoss { get; } = new("1D", nameof(ICourseExercises.LogisticLoss), "The cost function");
    public static Exercise EvaluateAccuracy { get; } = new("1E", nameof(ICourseExercises.EvaluateAccuracy), "Seeing the results: accuracy");
    public static Exercise ShuffleTest { get; } = new("2A", nameof(ICourseExercises.ShuffledAccuracies), "Assessing accuracy: the shuffle test");

    /// <summary>The exercises in the tutorial's order.</summary>
    public static IReadOnlyList<Exercise> All { get; } = [TransformInputs, Sigmoid, ComputeH, LogisticLoss, EvaluateAccuracy, ShuffleTest];

    /// <summary>Finds an exercise by its label (<c>1B</c>, case-insensitive) or method name.</summary>
    public static Exercise? Find(string idOrMethod) =>
        All.FirstOrDefault(e => string.Equals(e.Id, idOrMethod, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(e.Method, idOrMethod, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Exercise 1A (TransformInputs)".</summary>
    public string Label => $"Exercise {Id} ({Method})";

    public override string ToString() => Label;
}
