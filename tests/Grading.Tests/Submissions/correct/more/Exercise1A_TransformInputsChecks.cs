// A student's "improved" checks: not an exercise file, so the grader ignores it and grades with its own.
namespace DecodingChoices.Autograder;
public class Exercise1A_TransformInputsChecks { public void Zero_theta_gives_zero_z() { } }
