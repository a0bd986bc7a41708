using System.Reflection;
using DecodingChoices.Autograder;
using Xunit.Sdk;

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// Captures what your code prints (<c>Console.WriteLine</c>) while a check runs; a failing check shows it under
/// "Your code printed:" (see <see cref="StudentOutput"/>). The checks run one at a time, so captures never overlap.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CaptureStudentOutputAttribute : BeforeAfterTestAttribute
{
    private static IDisposable? _capture;

    public override void Before(MethodInfo methodUnderTest) => _capture = StudentOutput.Capture();

    public override void After(MethodInfo methodUnderTest)
    {
        _capture?.Dispose();
        _capture = null;
    }
}
