namespace DecodingChoices.Data;

/// <summary>
/// The course's CSV layout for a spike dataset: a header line <c>choice,neuron_000,neuron_001,…</c>, then
/// one line per trial with the choice (0 or 1) followed by one normalized spike rate per neuron.
/// Numbers use the invariant culture (a dot for decimals).
/// </summary>
internal static class CsvDatasetFormat
{
    /// <summary>The name of the first column.</summary>
    public const string ChoiceColumn = "choice";

    /// <summary>The header name of neuron <paramref name="index"/>'s column, zero-padded to <paramref name="width"/> digits.</summary>
    public static string NeuronColumn(int index, int width) => "neuron_" + index.ToString($"D{width}", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The digits needed to number <paramref name="neuronCount"/> neurons from 0.</summary>
    public static int NeuronColumnWidth(int neuronCount) => Math.Max(1, (neuronCount - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
}
