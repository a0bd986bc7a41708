using DecodingChoices.Autograder;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The autograder's checks for Exercise 1C on the current track. The checks themselves, with their
/// inputs and hints, are in src/Autograder/Exercise1C_ComputeHChecks.cs.
/// </summary>
[CaptureStudentOutput]
public sealed class Exercise1C_ComputeH() : Exercise1C_ComputeHChecks(CurrentTrack.Create());
