using System.Reflection;
using DecodingChoices.Course;
using Xunit;

namespace DecodingChoices.Autograder;

/// <summary>Every check of the autograder, in the tutorial's order: by exercise, then as written in the file.</summary>
public static class CheckCatalog
{
    private static readonly Lazy<IReadOnlyList<CheckDefinition>> LazyAll = new(Discover);

    /// <summary>All checks.</summary>
    public static IReadOnlyList<CheckDefinition> All => LazyAll.Value;

    /// <summary>The checks of one exercise.</summary>
    public static IReadOnlyList<CheckDefinition> For(Exercise exercise) => [.. All.Where(c => c.Exercise == exercise)];

    /// <summary>
    /// The checks declared in <paramref name="assembly"/> (the autograder's own, or the instructor's hidden checks),
    /// in the tutorial's order: by exercise, then as written in the file.
    /// </summary>
    public static IReadOnlyList<CheckDefinition> In(Assembly assembly) => Discover(assembly);

    private static List<CheckDefinition> Discover() => Discover(typeof(ExerciseChecks).Assembly);

    private static List<CheckDefinition> Discover(Assembly assembly)
    {
        var checks = new List<CheckDefinition>();
        var types = assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(ExerciseChecks)));
        foreach (var type in types)
        {
            var exercise = ((ExerciseChecks)Activator.CreateInstance(type, new NullTrack())!).Exercise;
            checks.AddRange(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
                .OrderBy(m => m.MetadataToken)
                .Select(m => new CheckDefinition(exercise, type, m)));
        }

        var order = Exercise.All.ToList();
        return [.. checks.OrderBy(c => order.IndexOf(c.Exercise)).ThenBy(c => c.Method.MetadataToken)];
    }

    /// <summary>A track that is never called: it only lets the catalog ask each checks class for its exercise.</summary>
    private sealed class NullTrack : ICourseExercises
    {
        public double[] TransformInputs(double[] theta, double[,] X) => throw new InvalidOperationException();

        public double[] Sigmoid(double[] z) => throw new InvalidOperationException();

        public double[] ComputeH(double[] theta, double[,] X) => throw new InvalidOperationException();

        public double LogisticLoss(double[] theta, double[,] X, int[] y) => throw new InvalidOperationException();

        public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) => throw new InvalidOperationException();

        public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, Randomness.SeededRandom random) => throw new InvalidOperationException();
    }
}
