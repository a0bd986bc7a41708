namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        public double[] Sigmoid(double[] z)
        {
            Hostile.Quitter.Exit();
            throw new NotImplementedException();
        }
    }
}

namespace Hostile
{
    internal static class Quitter
    {
        internal static void Exit() => System.Environment.Exit(0);

        internal static void FailFast() => System.Environment.FailFast("@@MARKER@@ failing fast");
    }
}
