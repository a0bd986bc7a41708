using DecodingChoices.Randomness;

namespace DecodingChoices.Data;

/// <summary>
/// Makes the course's stand-in for <c>W1D4_steinmetz_data.npz</c> (276 trials × 691 neurons), which
/// cannot be downloaded on the course machines. It is a seeded simulation with the structure that makes
/// the real recording interesting to decode:
/// <list type="bullet">
/// <item><description>each neuron has its own baseline firing rate (log-normal, a few spikes per second);</description></item>
/// <item><description>a handful of shared latent factors (arousal, engagement, movement) move many neurons together
/// from trial to trial, so neurons are correlated and most of the variance is not about the choice;</description></item>
/// <item><description>a minority of neurons is tuned to the choice, each weakly;</description></item>
/// <item><description>spike counts are Poisson in a short window, then normalized per neuron (z-scored across trials),
/// as the tutorial's "normalized spike rates".</description></item>
/// </list>
/// With more neurons than trials, a logistic regression fits the training trials perfectly, yet its
/// cross-validated accuracy is well above chance and well below perfect (about 0.75–0.9): the tutorial's
/// lesson about training accuracy and chance works the same way on it.
/// </summary>
internal sealed class StandInDataGenerator
{
    /// <summary>The seed of the dataset shipped in <c>data/</c>.</summary>
    public const ulong ShippedSeed = 20190905;

    /// <summary>The shape of the real recording, 276 trials × 691 neurons.</summary>
    public const int RealTrialCount = 276;

    /// <inheritdoc cref="RealTrialCount"/>
    public const int RealNeuronCount = 691;

    public int Trials { get; init; } = RealTrialCount;

    public int Neurons { get; init; } = RealNeuronCount;

    /// <summary>How many shared latent factors drive the trial-to-trial fluctuations.</summary>
    public int LatentFactors { get; init; } = 6;

    /// <summary>The fraction of neurons whose rate depends on the choice.</summary>
    public double TunedFraction { get; init; } = 0.12;

    /// <summary>The typical change of a tuned neuron's log firing rate between the two choices.</summary>
    public double TuningStrength { get; init; } = 0.28;

    /// <summary>The length of the counting window, in seconds.</summary>
    public double WindowSeconds { get; init; } = 0.25;

    /// <summary>The rate values are rounded to this many decimals, so the CSV holds the data exactly.</summary>
    public int Decimals { get; init; } = 6;

    /// <summary>Simulates a dataset from <paramref name="seed"/>: the same seed always gives the same numbers.</summary>
    public SpikeDataset Generate(ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Trials, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(Neurons, 1);
        var random = new SeededRandom(seed);

        var choices = new int[Trials];
        for (var i = 0; i < Trials; i++)
        {
            choices[i] = random.NextDouble() < 0.5 ? 1 : 0;
        }

        var factors = new double[Trials, LatentFactors];
        for (var i = 0; i < Trials; i++)
        {
            for (var k = 0; k < LatentFactors; k++)
            {
                factors[i, k] = random.NextNormal();
            }
        }

        var logBaseline = new double[Neurons];
        var loadings = new double[Neurons, LatentFactors];
        var tuning = new double[Neurons];
        for (var j = 0; j < Neurons; j++)
        {
            logBaseline[j] = Math.Log(6.0) + 0.7 * random.NextNormal();
            for (var k = 0; k < LatentFactors; k++)
            {
                loadings[j, k] = 0.25 * random.NextNormal() / Math.Sqrt(k + 1);
            }

            if (random.NextDouble() < TunedFraction)
            {
                var sign = random.NextDouble() < 0.5 ? -1.0 : 1.0;
                tuning[j] = sign * TuningStrength * (0.5 + random.NextDouble());
            }
        }

        var spikes = new double[Trials, Neurons];
        for (var i = 0; i < Trials; i++)
        {
            var side = choices[i] - 0.5;
            for (var j = 0; j < Neurons; j++)
            {
                var logRate = logBaseline[j] + tuning[j] * side;
                for (var k = 0; k < LatentFactors; k++)
                {
                    logRate += loadings[j, k] * factors[i, k];
                }

                spikes[i, j] = Poisson(random, Math.Exp(logRate) * WindowSeconds) / WindowSeconds;
            }
        }

        Normalize(spikes);
        return SpikeDataset.Create(spikes, choices, $"stand-in for W1D4_steinmetz_data.npz (seed {seed})");
    }

    /// <summary>Z-scores every neuron across trials and rounds to <see cref="Decimals"/> places; a silent neuron stays at 0.</summary>
    private void Normalize(double[,] spikes)
    {
        var trials = spikes.GetLength(0);
        for (var j = 0; j < spikes.GetLength(1); j++)
        {
            var mean = 0.0;
            for (var i = 0; i < trials; i++)
            {
                mean += spikes[i, j];
            }

            mean /= trials;
            var variance = 0.0;
            for (var i = 0; i < trials; i++)
            {
                variance += (spikes[i, j] - mean) * (spikes[i, j] - mean);
            }

            var sd = Math.Sqrt(variance / trials);
            for (var i = 0; i < trials; i++)
            {
                spikes[i, j] = sd > 0 ? Math.Round((spikes[i, j] - mean) / sd, Decimals) : 0.0;
            }
        }
    }

    /// <summary>A Poisson count with mean <paramref name="mean"/> (Knuth's product method in log space; means here are small).</summary>
    private static int Poisson(SeededRandom random, double mean)
    {
        var limit = -mean;
        var count = 0;
        var logProduct = Math.Log(1.0 - random.NextDouble());
        while (logProduct > limit)
        {
            count++;
            logProduct += Math.Log(1.0 - random.NextDouble());
        }

        return count;
    }

    /// <summary>The shape of a generated dataset, as numpy prints it.</summary>
    public override string ToString() => $"stand-in generator ({Trials}, {Neurons}), {LatentFactors} factors, {TunedFraction:P0} tuned";
}
