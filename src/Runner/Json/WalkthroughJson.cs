using DecodingChoices.Runner.Plots;
using DecodingChoices.Runner.Tutorial;

namespace DecodingChoices.Runner.Json;

/// <summary>The walkthrough's <c>--json</c> summary.</summary>
internal sealed record WalkthroughJson(
    string Command,
    string Track,
    DataJson Data,
    Exercise1Json? Exercise1,
    Exercise2Json? Exercise2,
    PermutationJson? PermutationTest,
    StopJson? StoppedAt,
    IReadOnlyList<string> Interpretation,
    IReadOnlyList<PlotFile> Plots,
    TimingsJson Timings,
    int ExitCode)
{
    public static WalkthroughJson From(string command, TutorialResult result, IReadOnlyList<string> interpretation, IReadOnlyList<PlotFile> plots, double plotSeconds, int exitCode) => new(
        command,
        result.Options.Track.ToString().ToLowerInvariant(),
        DataJson.From(result.Data, result.Train, result.Test, result.Options.Seed),
        result.Exercise1 is { } e1 ? Exercise1Json.From(e1) : null,
        result.Exercise2 is { } e2 ? Exercise2Json.From(e2) : null,
        result.Permutation is { } p ? PermutationJson.From(p) : null,
        result.StoppedAt is { } stop ? StopJson.From(stop) : null,
        interpretation,
        plots,
        new TimingsJson(
            result.Exercise1?.FitTime.TotalSeconds,
            result.TrueModel?.Time.TotalSeconds,
            result.Exercise2?.ShuffleTime.TotalSeconds,
            result.Permutation?.Time.TotalSeconds,
            plotSeconds,
            result.Elapsed.TotalSeconds + plotSeconds),
        exitCode);
}

/// <summary>Exercise 1's numbers: θ = 0 through each step, the fit from the loss alone, the accuracies.</summary>
internal sealed record Exercise1Json(int[] Z, int[] H, double ZeroThetaLoss, FitJson Fit, double TrainAccuracy, double TestAccuracy)
{
    public static Exercise1Json From(Exercise1Result r) => new(
        ShapeJson.Of(r.ZeroThetaZ),
        ShapeJson.Of(r.ZeroThetaH),
        r.ZeroThetaLoss,
        new FitJson(r.Fit.Iterations, r.Fit.ObjectiveCalls, r.Fit.Fun, r.Fit.Success, r.Fit.Status.ToString(), r.Fit.Message, r.FitTime.TotalSeconds, r.Fit.LossHistory),
        r.TrainAccuracy,
        r.TestAccuracy);
}

/// <summary>How the minimizer ended and the loss per iteration.</summary>
internal sealed record FitJson(int Iterations, long LossEvaluations, double FinalLoss, bool Converged, string Status, string Message, double Seconds, IReadOnlyList<double> LossHistory);

/// <summary>Exercise 2: the library model on the real choices and the shuffle test.</summary>
internal sealed record Exercise2Json(
    LibraryModelJson TrueModel,
    int Shuffles,
    ulong Seed,
    double MeanShuffledAccuracy,
    double MinShuffledAccuracy,
    double MaxShuffledAccuracy,
    int ShufflesReachingTrue,
    double PValue,
    double Seconds,
    double[] ShuffledAccuracies)
{
    public static Exercise2Json From(Exercise2Result r) => new(
        LibraryModelJson.From(r.TrueModel),
        r.ShuffledAccuracies.Length,
        r.ShuffleSeed,
        r.MeanShuffledAccuracy,
        r.ShuffledAccuracies.Min(),
        r.ShuffledAccuracies.Max(),
        r.ShufflesReachingTrue,
        r.PValue,
        r.ShuffleTime.TotalSeconds,
        r.ShuffledAccuracies);
}

/// <summary><c>LogisticRegression()</c> fitted to the real choices.</summary>
internal sealed record LibraryModelJson(double TrainingAccuracy, double TestAccuracy, int Iterations, bool Converged, double Seconds)
{
    public static LibraryModelJson From(LibraryModelFit m) => new(m.TrainingAccuracy, m.TestAccuracy, m.Report.Iterations, m.Report.Converged, m.Time.TotalSeconds);
}

/// <summary>The cross-validated permutation test.</summary>
internal sealed record PermutationJson(
    int Trials, int Folds, int Permutations, ulong Seed, double Score, double[] FoldScores, double MeanPermutationScore, double PValue, double Seconds, double[] PermutationScores)
{
    public static PermutationJson From(PermutationStep s) => new(
        s.Trials, s.Test.Folds, s.Test.PermutationScores.Length, s.Test.Seed, s.Test.Score, s.Test.FoldScores, s.Test.MeanPermutationScore, s.Test.PValue, s.Time.TotalSeconds, s.Test.PermutationScores);
}

/// <summary>Where the track stopped the walkthrough.</summary>
internal sealed record StopJson(string Exercise, string Method, bool NotImplemented, string Message, string Folder)
{
    public static StopJson From(ExerciseFailure f) => new(f.Exercise.Id, f.Exercise.Method, f.NotImplemented, f.Message, f.Exercise.RepositoryFolder);
}

/// <summary>How long each step took, in seconds (null when the step did not run).</summary>
internal sealed record TimingsJson(double? Exercise1Fit, double? TrueModelFit, double? ShuffleTest, double? PermutationTest, double Plots, double Total);
