using DecodingChoices.Autograder;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The autograder's checks for Exercise 1D on the current track. The checks themselves, with their
/// inputs and hints, are in src/Autograder/Exercise1D_LogisticLossChecks.cs.
/// </summary>
[CaptureStudentOutput]
public sealed class Exercise1D_LogisticLoss() : Exercise1D_LogisticLossChecks(CurrentTrack.Create());
