namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    // Nested lambdas passed to overloaded methods: overload resolution binds every lambda once per candidate, at every level.
    public double LogisticLoss(double[] theta, double[,] X, int[] y) => M(x1 => M(x2 => M(x3 => M(x4 => M(x5 => M(x6 => M(x7 => M(x8 => M(x9 => 0 + x9.GetHashCode())) + x7.GetHashCode())) + x5.GetHashCode())) + x3.GetHashCode())) + x1.GetHashCode());

    private static int M(Func<int, int> f) => 0;

    private static int M(Func<long, int> f) => 1;

    private static int M(Func<string, int> f) => 2;

    private static int M(Func<double, int> f) => 3;

    private static int M(Func<decimal, int> f) => 4;
}
