using System.Globalization;
using DecodingChoices.Numerics;
using DecodingChoices.Runner.Output;
using Spectre.Console;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>
/// Prints the walkthrough as the notebook prints it, one step at a time as <see cref="TutorialRun"/>
/// reports it: the shapes like numpy, each exercise's result, the tests' summaries.
/// </summary>
internal sealed class WalkthroughPrinter(IAnsiConsole console)
{
    private const int LossValuesShown = 20;
    private const int MaxParagraphWidth = 110;

    /// <summary>Prints what <paramref name="stage"/> added to <paramref name="result"/>.</summary>
    public void Print(TutorialStage stage, TutorialResult result)
    {
        switch (stage)
        {
            case TutorialStage.Data:
                PrintData(result);
                break;
            case TutorialStage.Exercise1:
                PrintExercise1(result.Exercise1!, result);
                break;
            case TutorialStage.TrueModel:
                PrintTrueModel(result.TrueModel!, result);
                break;
            case TutorialStage.ShuffleTest:
                PrintShuffleTest(result.Exercise2!, result);
                break;
            case TutorialStage.PermutationTest:
                PrintPermutationTest(result.Permutation!);
                break;
            case TutorialStage.Stopped:
                PrintFinishedSteps(result.Exercise1Steps);
                PrintStop(result.StoppedAt!);
                break;
        }
    }

    /// <summary>
    /// On the student track, the tutorial's interpretation questions (Exercise 2B) instead of their answers:
    /// the student writes those in the answers file.
    /// </summary>
    public void PrintQuestions(IReadOnlyList<string> questions)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Exercise 2B: what do these numbers mean?[/]");
        var width = Math.Min(console.Profile.Width, MaxParagraphWidth);
        foreach (var question in questions)
        {
            foreach (var line in TextWrap.Lines($"- {question}", width, indent: "  "))
            {
                console.WriteLine(line);
            }
        }

        console.WriteLine($"  Write your answers in {InterpretationQuestions.AnswersPath}; `course hint 2B` gives a hint, one more each time.");
    }

    /// <summary>The closing note, one paragraph per line.</summary>
    public void PrintInterpretation(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]What this means[/]");
        var width = Math.Min(console.Profile.Width, MaxParagraphWidth);
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in TextWrap.Lines($"- {paragraph}", width, indent: "  "))
            {
                console.WriteLine(line);
            }
        }
    }

    private void PrintData(TutorialResult result)
    {
        var track = result.Options.Track;
        console.MarkupLineInterpolated($"[bold]Decoding choices[/] — Machine Learning III, Tutorial 2 ([blue]{track.ToString().ToLowerInvariant()}[/] track, {Track.Folder(track)})");
        console.MarkupLineInterpolated($"[grey]data: {result.Data.Source}[/]");
        console.WriteLine();
        console.MarkupLine("[bold]The data[/]");
        console.WriteLine($"spikes {result.Data.Spikes.ShapeText()}");
        console.WriteLine($"choices {result.Data.Choices.ShapeText()}");
        console.MarkupLineInterpolated($"[grey]80/20 split, seed {result.Options.Seed}: X = spikes[[train_inds]], y = choices[[train_inds]][/]");
        console.WriteLine(result.Train.Spikes.ShapeText());
        console.WriteLine(result.Train.Choices.ShapeText());
        console.WriteLine();
    }

    private void PrintExercise1(Exercise1Result result, TutorialResult run)
    {
        console.MarkupLine("[bold]Exercise 1[/]: logistic regression by hand, θ = 0 to start");
        console.WriteLine($"1A  z = Xθ                 z {result.ZeroThetaZ.ShapeText()}");
        var (grid, sigma) = result.SigmoidCurve;
        console.WriteLine($"1B  σ(z) over (−10, 10)    σ({F(grid[0])}) = {F(sigma[0])}, σ({F(grid[24])}) = {F(sigma[24])}, σ({F(grid[^1])}) = {F(sigma[^1])}");
        console.WriteLine($"1C  h = σ(Xθ)              h {result.ZeroThetaH.ShapeText()}, mean {F(result.ZeroThetaH.Average())}");
        console.WriteLine($"1D  J(θ = 0)               {F(result.ZeroThetaLoss)}  (log 2 = {F(Math.Log(2))})");
        var fit = result.Fit;
        console.WriteLine("1E  minimize(LogisticLoss, θ, (X, y)): L-BFGS from the loss alone, gradient by finite differences");
        console.WriteLine("    loss per iteration:");
        foreach (var line in LossLines(fit.LossHistory))
        {
            console.WriteLine($"      {line}");
        }

        console.WriteLine($"    {fit.Message}");
        console.WriteLine($"    {fit.Iterations} iterations, {fit.ObjectiveCalls.ToString("N0", CultureInfo.InvariantCulture)} loss evaluations, J(θ̂) = {F(fit.Fun)}, {S(result.FitTime)}");
        console.MarkupLineInterpolated($"    training accuracy [bold]{A(result.TrainAccuracy)}[/]   test accuracy [bold]{A(result.TestAccuracy)}[/] ({run.Test.TrialCount} held-out trials)");
        console.WriteLine();
    }

    /// <summary>The steps of Exercise 1 that finished before the track stopped inside it, as the notebook's earlier cells show them.</summary>
    private void PrintFinishedSteps(Exercise1Steps? steps)
    {
        if (steps is null)
        {
            return;
        }

        console.MarkupLine("[bold]Exercise 1[/]: logistic regression by hand, θ = 0 to start (the steps done so far)");
        if (steps.ZeroThetaZ is { } z)
        {
            console.WriteLine($"1A  z = Xθ                 z {z.ShapeText()}, mean {F(z.Average())}");
        }

        if (steps.SigmoidCurve is var (grid, sigma))
        {
            console.WriteLine($"1B  σ(z) over (−10, 10)    σ({F(grid[0])}) = {F(sigma[0])}, σ({F(grid[24])}) = {F(sigma[24])}, σ({F(grid[^1])}) = {F(sigma[^1])}");
        }

        if (steps.ZeroThetaH is { } h)
        {
            console.WriteLine($"1C  h = σ(Xθ)              h {h.ShapeText()}, mean {F(h.Average())}");
        }

        if (steps.ZeroThetaLoss is { } loss)
        {
            console.WriteLine($"1D  J(θ = 0)               {F(loss)}  (log 2 = {F(Math.Log(2))})");
        }

        if (steps.Fit is { } fit)
        {
            console.WriteLine($"    minimize(LogisticLoss, θ, (X, y)): {fit.Message}; {fit.Iterations} iterations, J(θ̂) = {F(fit.Fun)}, {S(steps.FitTime)}");
        }
    }

    private void PrintTrueModel(LibraryModelFit model, TutorialResult run)
    {
        console.MarkupLine("[bold]Exercise 2[/]: assessing accuracy");
        console.WriteLine("model = LogisticRegression(); model.fit(X, y); model.score(X, y)");
        var convergence = model.Report.Converged ? $"converged after {model.Report.Iterations} iterations" : $"did not converge in {model.Report.Iterations} iterations";
        console.MarkupLineInterpolated($"    training accuracy [bold]{A(model.TrainingAccuracy)}[/]   test accuracy [bold]{A(model.TestAccuracy)}[/] ({convergence}, {S(model.Time)})");
        console.WriteLine($"2A  shuffle test: {run.Options.Shuffles} shuffles of y, a new LogisticRegression() fitted to each and scored on the same trials");
        console.MarkupLineInterpolated($"[grey]    through the track's ShuffledAccuracies, {Exercise2Walkthrough.ChunkSize} shuffles per call from one SeededRandom({run.Options.Seed})[/]");
    }

    private void PrintShuffleTest(Exercise2Result result, TutorialResult run)
    {
        var accuracies = result.ShuffledAccuracies;
        console.WriteLine($"    shuffled training accuracy: mean {A(result.MeanShuffledAccuracy)} (min {A(accuracies.Min())}, max {A(accuracies.Max())}), {S(result.ShuffleTime)}");
        console.MarkupLineInterpolated($"    {result.ShufflesReachingTrue} of {accuracies.Length} shuffles reach the true training accuracy {A(result.TrueAccuracy)}: p = [bold]{P(result.PValue)}[/]");
        console.WriteLine();
        console.MarkupLine("[bold]Beyond the tutorial[/]: the cross-validated permutation test, scored on held-out trials");
        console.WriteLine($"permutation_test_score(LogisticRegression(), X, y, cv=StratifiedKFold({run.Options.Folds}), n_permutations={run.Options.Shuffles})");
    }

    private void PrintPermutationTest(PermutationStep step)
    {
        var test = step.Test;
        var folds = string.Join(", ", test.FoldScores.Select(A));
        console.MarkupLineInterpolated($"    cross-validated accuracy [bold]{A(test.Score)}[/] (folds {folds}); on permuted choices mean {A(test.MeanPermutationScore)}, {S(step.Time)}");
        var reached = test.PermutationScores.Count(s => s >= test.Score);
        console.MarkupLineInterpolated($"    {reached} of {test.PermutationScores.Length} permutations score as well: p = [bold]{P(test.PValue)}[/]");
    }

    private void PrintStop(ExerciseFailure failure)
    {
        console.WriteLine();
        var exercise = failure.Exercise;
        var inner = failure.InnerException!;
        if (failure.NotImplemented)
        {
            console.MarkupLineInterpolated($"[yellow]Stopped at {exercise.Label}:[/] it is not done yet.");
        }
        else
        {
            console.MarkupLineInterpolated($"[red]Stopped:[/] {failure.Message}");
        }

        if (failure.NotImplemented)
        {
            foreach (var line in TextWrap.Lines(inner.Message, Math.Min(console.Profile.Width, MaxParagraphWidth) - 4))
            {
                console.WriteLine($"    {line}");
            }
        }

        console.WriteLine($"    Open {exercise.RepositoryFolder}/ and read INSTRUCTIONS.md there.");
        console.WriteLine("    Then: dotnet run --project src/Runner -- check   (what passes, what fails and why)");
        console.WriteLine($"          dotnet run --project src/Runner -- hint {exercise.Id}   (a hint, one more each time)");
    }

    /// <summary>"0: 0.6931  1: 0.5312 …", five per line; long histories show their start and end.</summary>
    public static IEnumerable<string> LossLines(IReadOnlyList<double> history)
    {
        var shown = Enumerable.Range(0, history.Count).ToList();
        if (history.Count > LossValuesShown)
        {
            shown = [.. shown.Take(LossValuesShown - 5), -1, .. shown.Skip(history.Count - 5)];
        }

        var cells = shown.Select(i => i < 0 ? "…" : $"{i,3}: {history[i].ToString("G4", CultureInfo.InvariantCulture),-9}").ToList();
        for (var start = 0; start < cells.Count; start += 5)
        {
            yield return string.Join("  ", cells.Skip(start).Take(5)).TrimEnd();
        }
    }

    private static string F(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string A(double accuracy) => accuracy.ToString("F3", CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("G3", CultureInfo.InvariantCulture);

    private static string S(TimeSpan time) => time.TotalSeconds.ToString(time.TotalSeconds < 0.1 ? "F3" : "F1", CultureInfo.InvariantCulture) + " s";
}
