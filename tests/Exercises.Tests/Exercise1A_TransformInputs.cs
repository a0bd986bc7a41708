using DecodingChoices.Autograder;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// The autograder's checks for Exercise 1A on the current track. The checks themselves, with their
/// inputs and hints, are in src/Autograder/Exercise1A_TransformInputsChecks.cs.
/// </summary>
[CaptureStudentOutput]
public sealed class Exercise1A_TransformInputs() : Exercise1A_TransformInputsChecks(CurrentTrack.Create());
