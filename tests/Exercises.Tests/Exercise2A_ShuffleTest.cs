using DecodingChoices.Autograder;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The autograder's checks for Exercise 2A on the current track. The checks themselves, with their
/// inputs and hints, are in src/Autograder/Exercise2A_ShuffleTestChecks.cs.
/// </summary>
[CaptureStudentOutput]
public sealed class Exercise2A_ShuffleTest() : Exercise2A_ShuffleTestChecks(CurrentTrack.Create());
