using DecodingChoices.Autograder;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The autograder's checks for Exercise 1B on the current track. The checks themselves, with their
/// inputs and hints, are in src/Autograder/Exercise1B_SigmoidChecks.cs.
/// </summary>
[CaptureStudentOutput]
public sealed class Exercise1B_Sigmoid() : Exercise1B_SigmoidChecks(CurrentTrack.Create());
