using DecodingChoices.Numerics;

namespace DecodingChoices.Data;

/// <summary>
/// The tutorial's data: <see cref="Spikes"/>, normalized spike rates with shape (trials, neurons), and
/// <see cref="Choices"/>, the mouse's choice on each trial (0 or 1). Every instance has been checked:
/// at least one trial and one neuron, one choice per trial, every rate finite, every choice 0 or 1.
/// </summary>
public sealed class SpikeDataset
{
    private SpikeDataset(double[,] spikes, int[] choices, string source)
    {
        Spikes = spikes;
        Choices = choices;
        Source = source;
    }

    /// <summary>Normalized spike rates, one row per trial and one column per neuron (the tutorial's X).</summary>
    public double[,] Spikes { get; }

    /// <summary>The choice on each trial, 0 or 1 (the tutorial's y).</summary>
    public int[] Choices { get; }

    /// <summary>Where the data came from (a file path, or a description).</summary>
    public string Source { get; }

    /// <summary>
    /// The largest spike rate a dataset may hold, in absolute value. Normalized rates are of order 1 and raw rates
    /// (spikes per second) of order 100; a value beyond 10⁶ is a unit or export mistake, and values near
    /// <see cref="double.MaxValue"/> (1e308) overflow σ(Xθ) and the loss, so a fit would stop at once with
    /// all-zero weights instead of failing. The bound turns that into a clear error naming the value.
    /// </summary>
    public const double MaxRateMagnitude = 1e6;

    public int TrialCount => Spikes.GetLength(0);

    public int NeuronCount => Spikes.GetLength(1);

    /// <summary>Checks and wraps the arrays (they are not copied).</summary>
    /// <exception cref="DatasetException">The arrays do not form a usable dataset; the message says why.</exception>
    public static SpikeDataset Create(double[,] spikes, int[] choices, string source)
    {
        ArgumentNullException.ThrowIfNull(spikes);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(source);

        var trials = spikes.GetLength(0);
        var neurons = spikes.GetLength(1);
        if (trials == 0 || neurons == 0)
        {
            throw new DatasetException(source, $"spikes has shape {spikes.ShapeText()}: the data needs at least one trial and one neuron.");
        }

        if (choices.Length != trials)
        {
            throw new DatasetException(source,
                $"spikes has {trials} trials (shape {spikes.ShapeText()}) but choices has {choices.Length} (shape {choices.ShapeText()}): there must be one choice per trial.");
        }

        var values = spikes.AsReadOnlySpan();
        for (var k = 0; k < values.Length; k++)
        {
            if (!double.IsFinite(values[k]))
            {
                throw new DatasetException(source,
                    $"spikes[{k / neurons}, {k % neurons}] (trial {k / neurons}, neuron {k % neurons}) is {values[k]}: every spike rate must be a finite number.");
            }

            if (Math.Abs(values[k]) > MaxRateMagnitude)
            {
                throw new DatasetException(source,
                    $"spikes[{k / neurons}, {k % neurons}] (trial {k / neurons}, neuron {k % neurons}) is {values[k].ToString(System.Globalization.CultureInfo.InvariantCulture)}: spike rates must be finite numbers of reasonable size, |x| ≤ 1e6; rescale the data (e.g. to spikes per second or z-scores).");
            }
        }

        for (var i = 0; i < choices.Length; i++)
        {
            if (choices[i] is not (0 or 1))
            {
                throw new DatasetException(source,
                    $"choices[{i}] is {choices[i]}: choices must be 0 or 1 (the two directions the mouse can turn the wheel).");
            }
        }

        return new SpikeDataset(spikes, choices, source);
    }

    /// <summary>The trials at <paramref name="trialIndices"/>, in that order (numpy's <c>X[inds]</c>), copied.</summary>
    public SpikeDataset Subset(ReadOnlySpan<int> trialIndices, string? source = null)
    {
        var spikes = new double[trialIndices.Length, NeuronCount];
        var choices = new int[trialIndices.Length];
        for (var i = 0; i < trialIndices.Length; i++)
        {
            var trial = trialIndices[i];
            if ((uint)trial >= (uint)TrialCount)
            {
                throw new ArgumentOutOfRangeException(nameof(trialIndices), trial, $"Trial index {trial} is outside 0..{TrialCount - 1}.");
            }

            Spikes.Row(trial).CopyTo(spikes.RowSpan(i));
            choices[i] = Choices[trial];
        }

        return new SpikeDataset(spikes, choices, source ?? Source);
    }

    /// <summary>The number of trials with choice 1.</summary>
    public int CountOfOnes() => Choices.Count(c => c == 1);

    public override string ToString() => $"spikes {Spikes.ShapeText()}, choices {Choices.ShapeText()} from {Source}";
}
