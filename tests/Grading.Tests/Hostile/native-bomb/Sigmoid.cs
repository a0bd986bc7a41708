namespace DecodingChoices.Exercises
{
    public sealed partial class StudentExercises
    {
        public double[] Sigmoid(double[] z)
        {
            Hostile.Hoarder.Hoard();
            throw new NotImplementedException();
        }
    }
}

namespace Hostile
{
    internal static class Hoarder
    {
        private static readonly System.Collections.Generic.List<nint> Blocks = [];

        /// <summary>Native memory, 256 MB at a time, every page written so it is really used: 16 GB if nothing stops it.</summary>
        internal static void Hoard()
        {
            const int Block = 256 << 20;
            for (var i = 0; i < 64; i++)
            {
                var block = System.Runtime.InteropServices.Marshal.AllocHGlobal(Block);
                for (var offset = 0; offset < Block; offset += 4096)
                {
                    System.Runtime.InteropServices.Marshal.WriteByte(block, offset, 1);
                }

                Blocks.Add(block);
            }
        }
    }
}
