using System.Globalization;
using System.Text;

namespace DecodingChoices.Runner.Fitting;

/// <summary>
/// <c>weights.csv</c>: a header <c>neuron,weight</c>, one line per neuron (its column index in the data and
/// its weight, round-trip precision), and a last line <c>intercept,b</c>. Read it with any CSV reader, or
/// <c>np.genfromtxt("weights.csv", delimiter=",", skip_header=1, max_rows=n_neurons)</c>.
/// </summary>
internal static class WeightsFile
{
    /// <summary>The file's name.</summary>
    public const string FileName = "weights.csv";

    /// <summary>The header line.</summary>
    public const string Header = "neuron,weight";

    /// <summary>The first field of the intercept's line.</summary>
    public const string InterceptKey = "intercept";

    /// <summary>Writes the weights and the intercept to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<double> weights, double intercept)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        for (var neuron = 0; neuron < weights.Count; neuron++)
        {
            text.Append(neuron.ToString(CultureInfo.InvariantCulture)).Append(',').Append(weights[neuron].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append(InterceptKey).Append(',').Append(intercept.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Reads a file written by <see cref="Write"/>: the weights in neuron order, and the intercept.</summary>
    public static (double[] Weights, double Intercept) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length < 2 || lines[0] != Header || !lines[^1].StartsWith(InterceptKey + ",", StringComparison.Ordinal))
        {
            throw new FormatException($"{path} is not a weights file: expected '{Header}', one line per neuron, then '{InterceptKey},…'.");
        }

        var weights = lines[1..^1].Select(line => double.Parse(line.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        return (weights, double.Parse(lines[^1].Split(',')[1], CultureInfo.InvariantCulture));
    }
}
