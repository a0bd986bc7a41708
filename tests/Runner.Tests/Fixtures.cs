using System.Text.Json;

namespace DecodingChoices.Runner.Tests;

/// <summary>The files made by Fixtures/make_runner_fixtures.py (numpy and scikit-learn).</summary>
internal static class Fixtures
{
    /// <summary>The full path of a fixture file copied beside the tests.</summary>
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>scikit-learn's fitted weights and intercept on small.csv / small.npz for a given C ("1.0", "0.5").</summary>
    public static (double[] Coefficients, double Intercept) ScikitLearnFit(string c)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path("fit_fixture.json")));
        var fit = document.RootElement.GetProperty("fits").GetProperty(c);
        return ([.. fit.GetProperty("coef").EnumerateArray().Select(v => v.GetDouble())], fit.GetProperty("intercept").GetDouble());
    }
}
