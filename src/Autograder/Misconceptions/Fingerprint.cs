namespace DecodingChoices.Autograder.Misconceptions;

/// <summary>
/// What a track did on an exercise's probe inputs, call after call: each output (a copy, taken when the call
/// returned), each input as the call left it, each earlier result as later calls left it, and any exception by
/// its type. Two tracks with the same fingerprint are indistinguishable on the probes.
/// </summary>
internal sealed class Fingerprint
{
    private readonly List<object> _observations = [];

    /// <summary>Runs one call and records what it returned (or threw).</summary>
    public double[]? Output(Func<double[]?> call)
    {
        try
        {
            var result = call();
            Record(result);
            return result;
        }
        catch (Exception e)
        {
            _observations.Add($"threw {e.GetType().Name}");
            return null;
        }
    }

    /// <summary>Runs one call that returns a number and records it (or what it threw).</summary>
    public void Number(Func<double> call)
    {
        try
        {
            _observations.Add(new[] { call() });
        }
        catch (Exception e)
        {
            _observations.Add($"threw {e.GetType().Name}");
        }
    }

    /// <summary>Records the values of an array as they are now (a copy), or "null".</summary>
    public void Record(object? values) => _observations.Add(values switch
    {
        null => "null",
        double[] v => v.Clone(),
        int[] v => v.Select(x => (double)x).ToArray(),
        double[,] m => m.Cast<double>().ToArray(),
        bool b => b ? "yes" : "no",
        _ => values.ToString() ?? "",
    });

    /// <summary>Whether <paramref name="other"/> observed the same, to within <paramref name="relative"/> per value.</summary>
    public bool Matches(Fingerprint other, double relative = 1e-9, double absolute = 1e-15) =>
        _observations.Count == other._observations.Count
        && _observations.Zip(other._observations).All(p => Same(p.First, p.Second, relative, absolute));

    private static bool Same(object a, object b, double relative, double absolute) => (a, b) switch
    {
        (double[] x, double[] y) => x.Length == y.Length && x.Zip(y).All(p => Close(p.First, p.Second, relative, absolute)),
        (string x, string y) => x == y,
        _ => false,
    };

    private static bool Close(double a, double b, double relative, double absolute) =>
        a.Equals(b) || Math.Abs(a - b) <= relative * Math.Max(Math.Abs(a), Math.Abs(b)) + absolute;
}
