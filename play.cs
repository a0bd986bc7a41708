#:project src/Exercises/Exercises.csproj
#:property TreatWarningsAsErrors=false
#:property GenerateDocumentationFile=false

// Your scratchpad: the tutorial's first cells, ready to edit. Run it from the repository's root with
//     dotnet run play.cs
// (the first run builds for about a minute; later runs take a few seconds). It calls YOUR code in src/Exercises,
// so a step you have not written yet stops here with its "not implemented" message: comment that line out, or
// write the step. Console.WriteLine anywhere (here or in your exercise code) prints below. Nothing here is graded.

using DecodingChoices.Data;
using DecodingChoices.Exercises;

var exercises = new StudentExercises();

// Load the data and split it 80/20, as the tutorial does (seed 2024, the walkthrough's).
var data = BundledData.Load();
var (train, test) = TrainTestSplit.Create(data.TrialCount).Apply(data);
var X = train.Spikes;   // trials × neurons
var y = train.Choices;  // one 0/1 choice per trial
Console.WriteLine($"spikes {Shape(data.Spikes)}   choices {Shape(data.Choices)}");
Console.WriteLine($"X {Shape(X)}   y {Shape(y)}   (test: {test.TrialCount} trials)");

// "First figure out what size θ should be and create a fake θ full of zeros."
var theta = new double[X.GetLength(1)];
Console.WriteLine($"theta {Shape(theta)}");

Try("1A", () =>
{
    var z = exercises.TransformInputs(theta, X);
    Console.WriteLine($"z {Shape(z)}   first entries: {string.Join(", ", z.Take(5))}");
});

Try("1B", () =>
{
    double[] grid = [-10, -1, 0, 1, 10];
    var sigma = exercises.Sigmoid(grid);
    Console.WriteLine($"σ({string.Join(", ", grid)}) = {string.Join(", ", sigma.Select(s => s.ToString("G4")))}");
});

Try("1C", () =>
{
    var h = exercises.ComputeH(theta, X);
    Console.WriteLine($"h {Shape(h)}   mean {h.Average():G4}");
});

Try("1D", () => Console.WriteLine($"J(θ = 0) = {exercises.LogisticLoss(theta, X, y):G6}   (log 2 = {Math.Log(2):G6})"));

Try("1E", () => Console.WriteLine($"accuracy with θ = 0: {exercises.EvaluateAccuracy(theta, X, y):F3}"));

// numpy's way of writing a shape: (220, 691), (220,)
static string Shape(Array array) => array.Rank == 1 ? $"({array.Length},)" : $"({array.GetLength(0)}, {array.GetLength(1)})";

// Runs one cell; a step not written yet (or failing) says so and the next cells still run.
static void Try(string step, Action cell)
{
    try
    {
        cell();
    }
    catch (NotImplementedException)
    {
        Console.WriteLine($"{step}: not written yet");
    }
    catch (Exception e)
    {
        Console.WriteLine($"{step}: {e.GetType().Name}: {e.Message}");
    }
}
