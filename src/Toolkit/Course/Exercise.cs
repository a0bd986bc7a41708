namespace DecodingChoices.Course;

/// <summary>
/// One step of the course, as the tutorial numbers it. Each exercise is one folder under
/// <c>src/Exercises</c> (<see cref="Folder"/>), whose <c>exercise.json</c> manifest is the single source of
/// these facts: the folder name, the files a student submits, the points, the Exercism task number and the
/// stub a student starts from are all derived from it, never repeated.
/// </summary>
/// <param name="Id">The tutorial's label, such as <c>1A</c>.</param>
/// <param name="Method">The C# method the student writes, such as <c>TransformInputs</c>.</param>
/// <param name="Title">What the step computes, in the tutorial's words.</param>
public sealed partial record Exercise(string Id, string Method, string Title)
{
    /// <summary>The folder that holds every exercise, relative to the repository's root.</summary>
    public const string ExercisesRoot = "src/Exercises";

    /// <summary>The manifest's file name in each exercise folder.</summary>
    public const string ManifestFile = "exercise.json";

    /// <summary>The step's task number (1 for 1A …), as Exercism's results and the workflows number them.</summary>
    public int Task { get; init; }

    /// <summary>The points of the step's visible checks.</summary>
    public int Points { get; init; }

    /// <summary>The files a student writes for this step, the first being the one with <see cref="Method"/>.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The folder's name, such as <c>1B-Sigmoid</c>.</summary>
    public string Folder => $"{Id}-{Method}";

    /// <summary>The folder relative to the repository's root, such as <c>src/Exercises/1B-Sigmoid</c>.</summary>
    public string RepositoryFolder => $"{ExercisesRoot}/{Folder}";

    /// <summary>The file with the step's method, such as <c>Sigmoid.cs</c>.</summary>
    public string MainFile => Files[0];

    /// <summary>The step's instructions, such as <c>src/Exercises/1B-Sigmoid/INSTRUCTIONS.md</c>.</summary>
    public string InstructionsPath => $"{RepositoryFolder}/INSTRUCTIONS.md";

    /// <summary>What the shipped stub says and shows: its usings, its starter comments and the task its message states.</summary>
    internal StubText Stub { get; init; } = new([], [], "");

    /// <summary>"Exercise 1A (TransformInputs)".</summary>
    public string Label => $"Exercise {Id} ({Method})";

    /// <summary>The exercises in the tutorial's order.</summary>
    public static IReadOnlyList<Exercise> All => Catalog;

    public static Exercise TransformInputs => All[0];

    public static Exercise Sigmoid => All[1];

    public static Exercise ComputeH => All[2];

    public static Exercise LogisticLoss => All[3];

    public static Exercise EvaluateAccuracy => All[4];

    public static Exercise ShuffleTest => All[5];

    /// <summary>Finds an exercise by its label (<c>1B</c>, case-insensitive) or method name.</summary>
    public static Exercise? Find(string idOrMethod) =>
        All.FirstOrDefault(e => string.Equals(e.Id, idOrMethod, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(e.Method, idOrMethod, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Label;

    /// <summary>Exercises are compared by their label alone.</summary>
    public bool Equals(Exercise? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
