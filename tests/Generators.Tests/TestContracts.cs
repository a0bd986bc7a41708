namespace DecodingChoices.Generators.Tests;

/// <summary>Contract sources the generator and analyzer tests compile.</summary>
internal static class TestContracts
{
    /// <summary>Every kind of entry (name, name±k, size, wildcard), every supported element type, void and scalar returns.</summary>
    internal const string Representative = """
        using DecodingChoices.Shapes;

        namespace Lab.Models;

        [ShapeContract]
        public interface IRegression
        {
            [return: Shape("trials", Hint = "One prediction per trial.")]
            double[] PredictWithIntercept(
                [Shape("neurons+1", Hint = "w holds one weight per neuron, then the intercept.")] double[] w,
                [Shape("trials", "neurons")] double[,] X);

            [return: Shape("1", "*")]
            float[,] FirstRow([Shape("rows", "*")] float[,] matrix);

            [return: Shape("trials-1")]
            double[] Differences([Shape("trials")] double[] series);

            void Shuffle([Shape("n")] long[] order, [Shape("n")] bool[] mask, int seed);

            double Score([Shape("trials")] int[] truth, [Shape("trials")] int[] guess);

            double[] Scale([Shape("n")] double[] @event, double factor);

            string Describe(string name);
        }
        """;

    /// <summary>An unrelated file, for the incrementality tests.</summary>
    internal const string Unrelated = """
        namespace Lab.Other;

        public static class Arithmetic
        {
            public static int Twice(int value) => value * 2;
        }
        """;

    /// <summary>A contract, a fake implementation and a driver, for running the generated class in memory.</summary>
    internal const string Runnable = """
        using DecodingChoices.Shapes;

        namespace Lab.Run;

        [ShapeContract]
        public interface IProduct
        {
            [return: Shape("trials")]
            double[] Multiply([Shape("neurons")] double[] theta, [Shape("trials", "neurons")] double[,] X);
        }

        public sealed class Fake : IProduct
        {
            public int Calls { get; private set; }

            public double[] Multiply(double[] theta, double[,] X)
            {
                Calls++;
                return new double[theta.Length];
            }
        }

        public static class Program
        {
            /// <summary>Calls the checked class with θ of 3 entries and X of 2 × 5: a mismatch.</summary>
            public static int CallWithWrongShapes()
            {
                var fake = new Fake();
                new CheckedProduct(fake).Multiply(new double[3], new double[2, 5]);
                return fake.Calls;
            }
        }
        """;
}
