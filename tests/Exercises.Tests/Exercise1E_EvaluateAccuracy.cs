using DecodingChoices.Autograder;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The autograder's checks for Exercise 1E on the current track. The checks themselves, with their
/// inputs and hints, are in src/Autograder/Exercise1E_EvaluateAccuracyChecks.cs.
/// </summary>
[CaptureStudentOutput]
public sealed class Exercise1E_EvaluateAccuracy() : Exercise1E_EvaluateAccuracyChecks(CurrentTrack.Create());
