using DecodingChoices.Models;

namespace DecodingChoices.Runner.Tutorial;

/// <summary>The tutorial's <c>model = LogisticRegression(); model.fit(X, y); model.score(X, y)</c>, with the test score too.</summary>
/// <param name="TrainingAccuracy">The score on the trials it was fitted to.</param>
/// <param name="TestAccuracy">The score on the held-out trials.</param>
/// <param name="Report">How the fit ended (iterations, convergence).</param>
/// <param name="Time">How long the fit took.</param>
internal sealed record LibraryModelFit(double TrainingAccuracy, double TestAccuracy, LogisticFitReport Report, TimeSpan Time);
