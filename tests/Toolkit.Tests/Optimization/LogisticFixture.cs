using System.Text.Json;

namespace DecodingChoices.Toolkit.Tests.Optimization;

/// <summary>
/// One problem of Fixtures/optimization/minimize_fixtures.json (made by make_minimize_fixtures.py beside it):
/// a logistic regression with scipy's minimizers' answers, and the same loss re-implemented in C#.
/// </summary>
internal sealed class LogisticFixture
{
    public const string FileName = "Fixtures/optimization/minimize_fixtures.json";

    private readonly double[] _margins;
    private readonly double[] _residuals;

    private LogisticFixture(string name, double[,] features, double[] labels, double lambda, ScipyAnswer bfgs, ScipyAnswer lbfgsb)
    {
        Name = name;
        Features = features;
        Labels = labels;
        Lambda = lambda;
        Bfgs = bfgs;
        Lbfgsb = lbfgsb;
        _margins = new double[labels.Length];
        _residuals = new double[labels.Length];
    }

    public string Name { get; }

    public double[,] Features { get; }

    public double[] Labels { get; }

    public double Lambda { get; }

    public ScipyAnswer Bfgs { get; }

    public ScipyAnswer Lbfgsb { get; }

    public int Parameters => Features.GetLength(1);

    public static IReadOnlyList<LogisticFixture> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("problems").EnumerateArray().Select(problem => Parse(problem, path)).ToList();
    }

    public static LogisticFixture Named(string name) =>
        Load().SingleOrDefault(problem => problem.Name == name)
        ?? throw new InvalidOperationException($"{FileName} has no problem named '{name}'; rerun make_minimize_fixtures.py.");

    /// <summary>mean_i [log(1 + e^{z_i}) − y_i z_i] + λ/2 ‖θ‖², z = Xθ, and its gradient Xᵀ(σ(z) − y)/n + λθ.</summary>
    public double Loss(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var samples = Labels.Length;
        var total = 0.0;
        for (var i = 0; i < samples; i++)
        {
            var z = 0.0;
            for (var j = 0; j < theta.Length; j++)
            {
                z += Features[i, j] * theta[j];
            }

            _margins[i] = z;
            total += Log1PExp(z) - Labels[i] * z;
            _residuals[i] = Sigmoid(z) - Labels[i];
        }

        var penalty = 0.0;
        for (var j = 0; j < theta.Length; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < samples; i++)
            {
                sum += Features[i, j] * _residuals[i];
            }

            gradient[j] = sum / samples + Lambda * theta[j];
            penalty += theta[j] * theta[j];
        }

        return total / samples + 0.5 * Lambda * penalty;
    }

    /// <summary>The loss alone, thread-safe (for parallel finite differences).</summary>
    public double LossValue(double[] theta)
    {
        var total = 0.0;
        for (var i = 0; i < Labels.Length; i++)
        {
            var z = 0.0;
            for (var j = 0; j < theta.Length; j++)
            {
                z += Features[i, j] * theta[j];
            }

            total += Log1PExp(z) - Labels[i] * z;
        }

        var penalty = 0.0;
        foreach (var value in theta)
        {
            penalty += value * value;
        }

        return total / Labels.Length + 0.5 * Lambda * penalty;
    }

    /// <summary>log(1 + eᶻ) without overflow, scikit-learn's piecewise form.</summary>
    private static double Log1PExp(double z) =>
        z <= -37 ? Math.Exp(z) : z <= 18 ? Math.Log(1 + Math.Exp(z)) : z <= 33.3 ? z + Math.Exp(-z) : z;

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static LogisticFixture Parse(JsonElement problem, string path)
    {
        var rows = problem.GetProperty("X").EnumerateArray().Select(row => row.EnumerateArray().Select(value => value.GetDouble()).ToArray()).ToArray();
        var features = new double[rows.Length, rows[0].Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Length != rows[0].Length)
            {
                throw new InvalidDataException($"{path}: row {i} of X has {rows[i].Length} values, row 0 has {rows[0].Length}.");
            }

            for (var j = 0; j < rows[i].Length; j++)
            {
                features[i, j] = rows[i][j];
            }
        }

        return new LogisticFixture(
            problem.GetProperty("name").GetString()!,
            features,
            Doubles(problem.GetProperty("y")),
            problem.GetProperty("lambda").GetDouble(),
            Answer(problem.GetProperty("bfgs")),
            Answer(problem.GetProperty("lbfgsb")));
    }

    private static ScipyAnswer Answer(JsonElement answer) => new(Doubles(answer.GetProperty("x")), answer.GetProperty("fun").GetDouble());

    private static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(value => value.GetDouble()).ToArray();

    /// <summary>scipy's minimizer and minimum.</summary>
    public sealed record ScipyAnswer(double[] X, double Fun);
}
