namespace DecodingChoices.Exercises;

public sealed partial class StudentExercises
{
    // Managed memory without end: 128 MB arrays, each written so it is really used.
    public double[] Sigmoid(double[] z)
    {
        var hoard = new List<double[]>();
        while (true)
        {
            var block = new double[16_000_000];
            block.AsSpan().Fill(1);
            hoard.Add(block);
        }
    }
}
